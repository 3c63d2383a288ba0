namespace Usta.Search.Indexing;

/// <summary>
/// What the search index keeps of one published item: the texts a reader searches (HTML already
/// reduced to text) and what a result shows. Built by <see cref="SearchDocumentBuilder"/>.
/// </summary>
public sealed record SearchDocument
{
    public required string ContentItemId { get; init; }
    public required string ContentType { get; init; }
    public required string Title { get; init; }
    public string Lead { get; init; } = "";
    public string Body { get; init; } = "";
    public string Author { get; init; } = "";
    public IReadOnlyList<SearchCategory> Categories { get; init; } = [];
    public DateTime PublishedUtc { get; init; }
    public string Url { get; init; } = "/";

    /// <summary>
    /// The texts searched, in the order they are indexed: title, lead, each line of the body (a
    /// paragraph, heading or caption), author, categories. A phrase never spans two of them.
    /// </summary>
    public IEnumerable<string> SearchedTexts()
    {
        yield return Title;
        if (Lead.Length > 0) yield return Lead;
        foreach (var line in Body.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)) yield return line;
        if (Author.Length > 0) yield return Author;
        foreach (var category in Categories) yield return category.Title;
    }
}

public sealed record SearchCategory(string ContentItemId, string Title);
