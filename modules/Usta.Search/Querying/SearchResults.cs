using Microsoft.AspNetCore.Html;
using Usta.Search.Indexing;

namespace Usta.Search.Querying;

/// <summary>Why a search shows no list, or what the reader should know about it (the page words it).</summary>
public enum SearchNotice
{
    None,
    /// <summary>Nothing typed, or only punctuation.</summary>
    EmptyQuery,
    /// <summary>Only <c>-word</c>s: exclusions alone find nothing.</summary>
    OnlyExclusions,
    /// <summary>This node has no ready copy of the index (being built): try again soon.</summary>
    IndexNotReady,
    NoResults,
    /// <summary>Results exist, but not as far as the page asked for.</summary>
    PageBeyondResults,
}

/// <summary>One search's answer: the hits of the requested page and what to tell the reader.</summary>
public sealed record SearchResults(
    ReaderQuery Query,
    SearchNotice Notice,
    int Total,
    int Page,
    int PageSize,
    IReadOnlyList<SearchResultItem> Items)
{
    /// <summary>A reader can page through the first hits only: deep pages cost the server and help nobody.</summary>
    public const int MaxBrowsableHits = 1000;

    public bool Truncated => Query.Truncated;

    /// <summary>More hits exist than a reader can page through.</summary>
    public bool Capped => Total > MaxBrowsableHits;

    public int PageCount => PageSize <= 0 ? 0 : (Math.Min(Total, MaxBrowsableHits) + PageSize - 1) / PageSize;

    public static SearchResults Empty(ReaderQuery query, SearchNotice notice, int page, int pageSize)
        => new(query, notice, 0, page, pageSize, []);
}

/// <summary>
/// A hit as the page shows it. <see cref="TitleHtml"/> and <see cref="SnippetHtml"/> are encoded text
/// whose only markup is <c>&lt;mark&gt;</c> around the reader's words.
/// </summary>
public sealed record SearchResultItem(
    string ContentItemId,
    string Url,
    IHtmlContent TitleHtml,
    IHtmlContent SnippetHtml,
    DateTime PublishedLocal,
    string PublishedText,
    string ContentType,
    string ContentTypeName,
    IReadOnlyList<SearchCategory> Categories);
