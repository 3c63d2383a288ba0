using Usta.Search.Indexing;

namespace Usta.Search;

/// <summary>
/// The search page's settings, a section of the site settings (the <c>Settings</c> step's
/// <c>"SearchSettings": {…}</c>): the index it searches, results per page, and the content types a
/// reader may filter by (empty: every type of the index).
/// </summary>
public sealed class SearchSettings
{
    public const int MaxPageSize = 50;

    public string SearchIndex { get; set; } = SearchIndexDefinition.DefaultName;
    public int PageSize { get; set; } = 10;
    public List<string> ContentTypes { get; set; } = [];

    /// <summary>What the page uses: a stored 0 or 10,000 must neither break nor flood it.</summary>
    public int EffectivePageSize => Math.Clamp(PageSize, 1, MaxPageSize);
}
