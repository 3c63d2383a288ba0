using Usta.Search.Analysis;

namespace Usta.Search.Indexing;

/// <summary>
/// The Lucene fields of a search document. Searched texts exist three times (folded, exact,
/// shingles; see <see cref="VietnameseAnalyzer"/>): <see cref="Text"/> holds every searched text
/// of the item, <see cref="TitleText"/> its title again so that title matches rank higher.
/// </summary>
public static class SearchFields
{
    /// <summary>ContentItemId, stored and not analysed: the key updates and deletes use.</summary>
    public const string Id = "id";
    public const string Type = "type";
    /// <summary>One value per category's ContentItemId (filters).</summary>
    public const string Category = "category";
    /// <summary>Published time as UTC ticks: a numeric field for ranges, doc values for sorting, and stored.</summary>
    public const string Published = "published";

    // Stored only, for the result list and snippets (original text, composed, with diacritics).
    public const string Title = "title";
    public const string Lead = "lead";
    public const string Body = "body";
    public const string Author = "author";
    public const string Url = "url";
    /// <summary>"id|title" per category, stored for the result list.</summary>
    public const string CategoryStored = "category.stored";

    public const string Text = "text";
    public const string TitleText = "title";

    public static string Folded(string field) => field + VietnameseAnalyzer.Folded;
    public static string Exact(string field) => field + VietnameseAnalyzer.Exact;
    public static string Shingles(string field) => field + VietnameseAnalyzer.Shingles;
}
