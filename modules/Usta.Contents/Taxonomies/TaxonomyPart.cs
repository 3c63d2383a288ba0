using System.Text.Json.Nodes;
using UstaOrchard.Core.Contents;

namespace Usta.Contents.Taxonomies;

/// <summary>
/// Orchard's TaxonomyPart: the terms are items embedded in the taxonomy (not items of their own),
/// each with its own <c>Terms</c> for its children.
/// </summary>
public sealed class TaxonomyPart : ContentPart
{
    public List<JsonObject> Terms { get; set; } = [];
    public string? TermContentType { get; set; }
}

/// <summary>One term of a taxonomy, with its children.</summary>
public sealed record TaxonomyTerm(string ContentItemId, string Title, IReadOnlyList<TaxonomyTerm> Children)
{
    // A recipe is hostile input: a taxonomy nested deeper than this is cut there.
    private const int MaxDepth = 8;

    public static IReadOnlyList<TaxonomyTerm> Read(TaxonomyPart? part) => part is null ? [] : Read(part.Terms, 0);

    public IEnumerable<TaxonomyTerm> SelfAndDescendants() => Children.SelectMany(c => c.SelfAndDescendants()).Prepend(this);

    private static IReadOnlyList<TaxonomyTerm> Read(IEnumerable<JsonNode?> terms, int depth)
    {
        if (depth >= MaxDepth) return [];
        var list = new List<TaxonomyTerm>();
        foreach (var term in terms.OfType<JsonObject>())
        {
            var id = term.GetString("ContentItemId");
            if (string.IsNullOrWhiteSpace(id)) continue;
            var title = term.GetString("DisplayText") is { Length: > 0 } text
                ? text
                : (term.GetPropertyIgnoreCase("TitlePart") as JsonObject)?.GetString("Title") ?? id;
            var children = term.GetPropertyIgnoreCase("Terms") is JsonArray nested ? Read(nested, depth + 1) : [];
            list.Add(new TaxonomyTerm(id, title, children));
        }
        return list;
    }
}
