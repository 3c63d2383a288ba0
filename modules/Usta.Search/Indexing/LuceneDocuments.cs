using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;

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

    /// <summary>
    /// The stored part of a hit, read straight into its record: a results page reads 10, and the
    /// <see cref="Document"/> Lucene builds on the way (a field object for each value) was garbage.
    /// </summary>
    public static SearchHitData Read(IndexSearcher searcher, int doc)
    {
        var visitor = new HitVisitor();
        searcher.Doc(doc, visitor);
        return visitor.Hit();
    }

    private sealed class HitVisitor : StoredFieldVisitor
    {
        private string? _id, _type, _title, _lead, _body, _author, _url;
        private long? _published;
        private readonly List<SearchCategory> _categories = [];

        public override Status NeedsField(FieldInfo fieldInfo) => Status.YES;

        public override void StringField(FieldInfo fieldInfo, string value)
        {
            // The first value of a field, as Document.Get gives it; every category.
            switch (fieldInfo.Name)
            {
                case SearchFields.Id: _id ??= value; break;
                case SearchFields.Type: _type ??= value; break;
                case SearchFields.Title: _title ??= value; break;
                case SearchFields.Lead: _lead ??= value; break;
                case SearchFields.Body: _body ??= value; break;
                case SearchFields.Author: _author ??= value; break;
                case SearchFields.Url: _url ??= value; break;
                case SearchFields.CategoryStored:
                    if (value.Split('|', 2) is [var id, var title]) _categories.Add(new SearchCategory(id, title));
                    break;
            }
        }

        public override void Int64Field(FieldInfo fieldInfo, long value)
        {
            if (fieldInfo.Name == SearchFields.Published) _published ??= value;
        }

        public SearchHitData Hit() => new(_id ?? "", _type ?? "", _title ?? "", _lead ?? "", _body ?? "", _author ?? "", _categories,
            new DateTime(_published ?? 0L, DateTimeKind.Utc), _url ?? "/");
    }
}

/// <summary>The stored part of an indexed document.</summary>
public sealed record SearchHitData(string ContentItemId, string ContentType, string Title, string Lead, string Body,
    string Author, IReadOnlyList<SearchCategory> Categories, DateTime PublishedUtc, string Url);
