using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace Usta.Search.Indexing;

/// <summary>A <see cref="SearchDocument"/> as Lucene stores it, and back (the stored part).</summary>
public static class LuceneDocuments
{
    public static Document ToDocument(SearchDocument source)
    {
        var document = new Document
        {
            new StringField(SearchFields.Id, source.ContentItemId, Field.Store.YES),
            new StringField(SearchFields.Type, source.ContentType, Field.Store.YES),
            new Int64Field(SearchFields.Published, source.PublishedUtc.Ticks, Field.Store.YES),
            new NumericDocValuesField(SearchFields.Published, source.PublishedUtc.Ticks),
            new StoredField(SearchFields.Title, source.Title),
            new StoredField(SearchFields.Url, source.Url),
        };
        if (source.Lead.Length > 0) document.Add(new StoredField(SearchFields.Lead, source.Lead));
        if (source.Body.Length > 0) document.Add(new StoredField(SearchFields.Body, source.Body));
        if (source.Author.Length > 0) document.Add(new StoredField(SearchFields.Author, source.Author));
        foreach (var category in source.Categories)
        {
            document.Add(new StringField(SearchFields.Category, category.ContentItemId, Field.Store.NO));
            document.Add(new StoredField(SearchFields.CategoryStored, category.ContentItemId + "|" + category.Title));
        }

        AddSearched(document, SearchFields.TitleText, source.Title);
        foreach (var text in source.SearchedTexts()) AddSearched(document, SearchFields.Text, text);
        return document;
    }

    /// <summary>One text into the field's folded, exact and shingle forms (analysed, not stored).</summary>
    private static void AddSearched(Document document, string field, string text)
    {
        document.Add(new TextField(SearchFields.Folded(field), text, Field.Store.NO));
        document.Add(new TextField(SearchFields.Exact(field), text, Field.Store.NO));
        document.Add(new TextField(SearchFields.Shingles(field), text, Field.Store.NO));
    }

    public static Term IdTerm(string contentItemId) => new(SearchFields.Id, contentItemId);

    public static SearchHitData Read(Document document) => new(
        document.Get(SearchFields.Id) ?? "",
        document.Get(SearchFields.Type) ?? "",
        document.Get(SearchFields.Title) ?? "",
        document.Get(SearchFields.Lead) ?? "",
        document.Get(SearchFields.Body) ?? "",
        document.Get(SearchFields.Author) ?? "",
        document.GetValues(SearchFields.CategoryStored)
            .Select(v => v.Split('|', 2)).Where(p => p.Length == 2).Select(p => new SearchCategory(p[0], p[1])).ToList(),
        new DateTime(document.GetField(SearchFields.Published)?.GetInt64Value() ?? 0L, DateTimeKind.Utc),
        document.Get(SearchFields.Url) ?? "/");
}

/// <summary>The stored part of an indexed document.</summary>
public sealed record SearchHitData(string ContentItemId, string ContentType, string Title, string Lead, string Body,
    string Author, IReadOnlyList<SearchCategory> Categories, DateTime PublishedUtc, string Url);
