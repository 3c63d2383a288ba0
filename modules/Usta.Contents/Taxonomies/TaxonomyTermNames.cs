using Usta.Contents.Editing.Drivers;
using UstaOrchard.Core.Contents;

namespace Usta.Contents.Taxonomies;

/// <summary>
/// The terms of an Orchard taxonomy (a published item with a TaxonomyPart) as choices of a TaxonomyField,
/// in the shape of the site's categories: parents before children, each linking to its place on the
/// taxonomy's page (<c>tags#term-{id}</c>).
/// </summary>
public sealed class TaxonomyTermNames(ContentManager contents)
{
    /// <summary>Null when there is no such published taxonomy (the field then holds site categories).</summary>
    public async Task<IReadOnlyList<CategoryNode>?> LoadAsync(string? taxonomyId, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(taxonomyId)) return null;
        var taxonomy = await contents.GetAsync(taxonomyId, VersionOptions.Published, ct);
        if (taxonomy?.As<TaxonomyPart>() is not { } part) return null;
        var path = taxonomy.As<AutoroutePart>()?.Path ?? "";
        var nodes = new List<CategoryNode>();
        void Add(IEnumerable<TaxonomyTerm> terms, string? parent, int depth)
        {
            foreach (var term in terms)
            {
                if (nodes.Any(n => n.ContentItemId == term.ContentItemId)) continue;
                nodes.Add(new CategoryNode(term.ContentItemId, term.Title, parent, depth, path.Length > 0 ? $"{path}#term-{term.ContentItemId}" : ""));
                Add(term.Children, term.ContentItemId, depth + 1);
            }
        }
        Add(TaxonomyTerm.Read(part), null, 0);
        return nodes;
    }
}
