using UstaOrchard.Core.Contents;

namespace Usta.Articles;

/// <summary>
/// The Article type's own fields, kept as Orchard keeps a type's fields: in a part named after
/// the type (<c>"Article": { "Lead": { "Text": "…" } }</c>).
/// </summary>
[ContentPartName(ArticlesStartup.ContentType)]
public sealed class ArticlePart : ContentPart
{
    /// <summary>The sapo: one or two sentences under the title.</summary>
    public TextField Lead { get; set; } = new();

    /// <summary>The author as printed under the article ("Dương Phúc").</summary>
    public TextField Byline { get; set; } = new();

    public MediaField Image { get; set; } = new();
    public TaxonomyField Categories { get; set; } = new();
    public BooleanField Featured { get; set; } = new();
}
