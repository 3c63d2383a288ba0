using Usta.Contents.Editing.Drivers;
using UstaOrchard.Core.Contents;

namespace Usta.Contents.Taxonomies;

/// <summary>Names the terms a TaxonomyField holds, from the published taxonomy item they belong to.</summary>
public sealed class TaxonomyTermNames(ContentManager contents)
{
    /// <summary>
    /// The terms of <paramref name="termIds"/> found in the taxonomy, in the field's order, each linking
    /// to its place on the taxonomy's page; null when there is no such published taxonomy.
    /// </summary>
    public async Task<IReadOnlyList<PickedLink>?> FindAsync(string? taxonomyId, IReadOnlyList<string> termIds, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(taxonomyId)) return null;
        var taxonomy = await contents.GetAsync(taxonomyId, VersionOptions.Published, ct);
        if (taxonomy?.As<TaxonomyPart>() is not { } part) return null;
        var terms = TaxonomyTerm.Read(part).SelfAndDescendantsOf().GroupBy(t => t.ContentItemId).ToDictionary(g => g.Key, g => g.First());
        var path = taxonomy.As<AutoroutePart>()?.Path;
        return termIds.Where(terms.ContainsKey).Distinct()
            .Select(id => new PickedLink(terms[id].Title, path is { Length: > 0 } ? $"{path}#term-{id}" : null))
            .ToList();
    }
}
