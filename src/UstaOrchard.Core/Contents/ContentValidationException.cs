namespace UstaOrchard.Core.Contents;

/// <summary>
/// One reason an item cannot be saved. <paramref name="Key"/> is the editor's prefix of the part or
/// field it concerns (<c>AutoroutePart.Path</c>, <c>Article.Lead</c>, <c>BulletinPart.Number</c>), so
/// the form shows it next to that input; empty for the item as a whole.
/// </summary>
public sealed record ContentValidationError(string Key, string Message);

/// <summary>
/// Thrown when an item cannot be saved as it is (a duplicate bulletin number, say). The messages are
/// for the person who saves: editors' forms show each next to its field, recipes name the item.
/// </summary>
public sealed class ContentValidationException : Exception
{
    public ContentValidationException(string message, string key = "") : this([new ContentValidationError(key, message)]) { }

    public ContentValidationException(IReadOnlyList<ContentValidationError> errors)
        : base(string.Join(" ", errors.Select(e => e.Message)))
        => Errors = errors;

    public IReadOnlyList<ContentValidationError> Errors { get; }
}
