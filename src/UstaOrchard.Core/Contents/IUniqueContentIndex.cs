namespace UstaOrchard.Core.Contents;

/// <summary>
/// A content handler whose index table carries a unique index (a path, a bulletin's number).
/// Its early check cannot see a save running at the same moment; the database's unique index
/// does, and the content manager answers that clash with the handler's own message.
/// </summary>
public interface IUniqueContentIndex
{
    /// <summary>The index row type whose table holds the unique index.</summary>
    Type IndexType { get; }

    /// <summary>
    /// The error for the editor when <paramref name="row"/> clashed with a row saved at the same moment,
    /// keyed like the handler's own early check (<c>AutoroutePart.Path</c>), so the form shows it at that field.
    /// </summary>
    ContentValidationError DescribeClash(ContentIndex row);
}
