using Microsoft.EntityFrameworkCore;
using Usta.Contents.Editing;
using Usta.Contents.Listing;
using UstaOrchard.Core.Data;

namespace Usta.Contents.Taxonomies;

public sealed record TermDisplay(string Id, string Title, IReadOnlyList<TermDisplay> Children, IReadOnlyList<(string Title, string Url)> Items);

public sealed record TaxonomyPartDisplay(IReadOnlyList<TermDisplay> Terms);

/// <summary>
/// A taxonomy's page: its terms, nested, each with the published items filed under it (their
/// TaxonomyFields), and an anchor (<c>#term-{id}</c>) that a TaxonomyField's term links to.
/// Terms are edited in Orchard as embedded items; here they come from recipes only.
/// </summary>
public sealed class TaxonomyPartDriver(UstaDbContext db) : IContentPartDriver
{
    // Items listed under one term: the page stays a page, not a dump of the site.
    private const int ItemsPerTerm = 20;
    private const int MaxTerms = 500;

    public string PartName => nameof(TaxonomyPart);

    public Task<EditorSlot?> EditAsync(PartContext context) => Task.FromResult<EditorSlot?>(null);

    public Task<EditorSlot?> UpdateAsync(PartContext context, IUpdateModel updater) => Task.FromResult<EditorSlot?>(null);

    public async Task<DisplaySlot?> DisplayAsync(PartContext context)
    {
        var terms = TaxonomyTerm.Read(context.Item.As<TaxonomyPart>());
        if (terms.Count == 0) return null;
        var ids = terms.SelfAndDescendantsOf().Select(t => t.ContentItemId).Distinct().Take(MaxTerms).ToList();
        var rows = await (
            from term in db.Set<ContentTermIndex>()
            where ids.Contains(term.TermContentItemId)
            join route in db.Set<AutorouteIndex>() on term.ContentItemId equals route.ContentItemId
            where route.Published
            join listed in db.Set<ContentListIndex>() on term.ContentItemId equals listed.ContentItemId
            orderby listed.PublishedUtc descending
            select new { term.TermContentItemId, route.Path, listed.DisplayText }).AsNoTracking().ToListAsync(context.CancellationToken);
        var byTerm = rows.GroupBy(r => r.TermContentItemId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<(string, string)>)g.Take(ItemsPerTerm).Select(r => (r.DisplayText, "/" + r.Path)).ToList());

        TermDisplay ToDisplay(TaxonomyTerm t) => new(t.ContentItemId, t.Title, t.Children.Select(ToDisplay).ToList(),
            byTerm.TryGetValue(t.ContentItemId, out var items) ? items : []);
        return context.Display("/Views/Parts/TaxonomyPart.cshtml", new TaxonomyPartDisplay(terms.Select(ToDisplay).ToList()));
    }
}

internal static class TaxonomyTermLists
{
    public static IEnumerable<TaxonomyTerm> SelfAndDescendantsOf(this IEnumerable<TaxonomyTerm> terms) => terms.SelectMany(t => t.SelfAndDescendants());
}
