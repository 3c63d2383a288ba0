namespace Usta.Search.Querying;

public enum SearchSort
{
    Relevance,
    Date,
}

/// <summary>
/// What a reader asked the search page for, already checked: <see cref="From"/> and <see cref="To"/>
/// are days in the site's time zone (both included), <see cref="Page"/> starts at 1.
/// </summary>
public sealed record SearchRequest(
    string? Query,
    string? ContentType = null,
    string? CategoryId = null,
    DateOnly? From = null,
    DateOnly? To = null,
    SearchSort Sort = SearchSort.Relevance,
    int Page = 1);
