using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Security;
using UstaOrchard.Core.Text;
using Usta.Contents.Listing;

namespace Usta.Contents.Editing.Drivers;

public sealed record PickerCandidate(string ContentItemId, string Title, string ContentType);

/// <summary>A picked item as the public page links it: its published title and path (null when it has none).</summary>
public sealed record PickedLink(string Title, string? Path);

/// <summary>
/// Finds items by title for the content picker, ignoring case and diacritics ("dong nai" finds "Đồng Nai"):
/// a LIKE on the admin list's folded titles (one row per item, items in the recycle bin left out).
/// </summary>
public sealed class ContentPickerSearch(UstaDbContext db)
{
    public const int Limit = 20;

    /// <summary>
    /// Items of <paramref name="types"/> whose title contains the query. A user sees the titles of
    /// published items, of their own, and of every item of the types they may view: another
    /// author's draft stays unknown to them.
    /// </summary>
    public async Task<IReadOnlyList<PickerCandidate>> SearchAsync(IReadOnlyCollection<string> types, string? query, int limit, ClaimsPrincipal user,
        CancellationToken ct)
    {
        var folded = Folded(query);
        if (folded.Length == 0) return [];
        var pattern = "%" + ContentListQuery.EscapeLike(folded) + "%";
        var rows = db.Set<ContentListIndex>().AsNoTracking().Where(c => c.RemovedUtc == null);
        if (types.Count > 0) rows = rows.Where(c => types.Contains(c.ContentType));
        rows = Visible(rows, types, user);
        return await rows.Where(c => EF.Functions.Like(c.FoldedTitle, pattern, "\\"))
            .OrderByDescending(c => c.ModifiedUtc)
            .Take(limit)
            .Select(c => new PickerCandidate(c.ContentItemId, c.DisplayText, c.ContentType))
            .ToListAsync(ct);
    }

    /// <summary>
    /// The one item a typed title names: the only one whose whole title matches, else the only one
    /// containing it. Otherwise null, with up to five candidates to show the editor.
    /// </summary>
    public async Task<(PickerCandidate? Match, IReadOnlyList<PickerCandidate> Candidates)> ResolveAsync(IReadOnlyCollection<string> types, string title,
        ClaimsPrincipal user, CancellationToken ct)
    {
        var candidates = await SearchAsync(types, title, 50, user, ct);
        var folded = Folded(title);
        var exact = candidates.Where(c => Folded(c.Title) == folded).ToList();
        if (exact.Count == 1) return (exact[0], []);
        if (exact.Count == 0 && candidates.Count == 1) return (candidates[0], []);
        return (null, (exact.Count > 1 ? exact : candidates).Take(5).ToList());
    }

    /// <summary>
    /// The latest versions of these items, in the order asked; unknown ids are left out. Items already
    /// picked are shown whoever edits (dropping the ones a user may not see would unpick them on save).
    /// </summary>
    public async Task<IReadOnlyList<PickerCandidate>> FindAsync(IReadOnlyCollection<string> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        var found = await db.ContentItems.AsNoTracking().Where(c => c.Latest && ids.Contains(c.ContentItemId))
            .Select(c => new PickerCandidate(c.ContentItemId, c.DisplayText, c.ContentType))
            .ToListAsync(ct);
        return ids.Select(id => found.FirstOrDefault(c => c.ContentItemId == id)).OfType<PickerCandidate>().ToList();
    }

    /// <summary>The published ones among these items, in order, with their paths.</summary>
    public async Task<IReadOnlyList<PickedLink>> PublishedAsync(IReadOnlyCollection<string> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        var titles = await db.ContentItems.AsNoTracking().Where(c => c.Published && ids.Contains(c.ContentItemId))
            .Select(c => new { c.ContentItemId, c.DisplayText }).ToListAsync(ct);
        var paths = await db.Set<AutorouteIndex>().AsNoTracking().Where(x => x.Published && ids.Contains(x.ContentItemId))
            .Select(x => new { x.ContentItemId, x.Path }).ToListAsync(ct);
        return ids.Select(id => titles.FirstOrDefault(t => t.ContentItemId == id) is { } t
                ? new PickedLink(t.DisplayText, paths.FirstOrDefault(p => p.ContentItemId == id)?.Path)
                : null)
            .OfType<PickedLink>().ToList();
    }

    private static IQueryable<ContentListIndex> Visible(IQueryable<ContentListIndex> rows, IReadOnlyCollection<string> types, ClaimsPrincipal user)
    {
        if (types.Count == 0 ? user.HasPermission(ContentPermissions.ViewContent) : types.All(t => user.Can(ContentPermissions.ViewContent, t, owned: false)))
            return rows;
        var viewable = types.Where(t => user.Can(ContentPermissions.ViewContent, t, owned: false)).ToList();
        var me = user.OwnerName();
        return rows.Where(c => viewable.Contains(c.ContentType) || c.HasPublished || (me.Length > 0 && c.Owner == me));
    }

    private static string Folded(string? text)
        => string.Join(' ', VietnameseText.Fold(VietnameseText.Nfc(text)).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
