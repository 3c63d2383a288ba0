using Microsoft.EntityFrameworkCore;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Text;

namespace Usta.Contents.Editing.Drivers;

public sealed record PickerCandidate(string ContentItemId, string Title, string ContentType);

/// <summary>A picked item as the public page links it: its published title and path (null when it has none).</summary>
public sealed record PickedLink(string Title, string? Path);

/// <summary>
/// Finds items by title for the content picker, ignoring case and diacritics ("dong nai" finds "Đồng Nai").
/// The database narrows with LIKE on the latest versions' titles, the letters that carry Vietnamese
/// marks (vowels, d) left as wildcards; the few rows it returns are then compared folded.
/// </summary>
public sealed class ContentPickerSearch(UstaDbContext db)
{
    public const int Limit = 20;

    // TODO issue 7: query ContentListIndex's folded title column (helper B's index) once merged: no wildcard scan.
    public async Task<IReadOnlyList<PickerCandidate>> SearchAsync(IReadOnlyCollection<string> types, string? query, int limit, CancellationToken ct)
    {
        var folded = Folded(query);
        if (folded.Length == 0) return [];
        var pattern = "%" + LikePattern(folded) + "%";
        var rows = db.ContentItems.AsNoTracking().Where(c => c.Latest);
        if (types.Count > 0) rows = rows.Where(c => types.Contains(c.ContentType));
        var found = await rows.Where(c => EF.Functions.Like(c.DisplayText.ToLower(), pattern))
            .OrderByDescending(c => c.ModifiedUtc)
            .Take(limit * 10)
            .Select(c => new PickerCandidate(c.ContentItemId, c.DisplayText, c.ContentType))
            .ToListAsync(ct);
        return found.Where(c => Folded(c.Title).Contains(folded, StringComparison.Ordinal)).Take(limit).ToList();
    }

    /// <summary>
    /// The one item a typed title names: the only one whose whole title matches, else the only one
    /// containing it. Otherwise null, with up to five candidates to show the editor.
    /// </summary>
    public async Task<(PickerCandidate? Match, IReadOnlyList<PickerCandidate> Candidates)> ResolveAsync(IReadOnlyCollection<string> types, string title,
        CancellationToken ct)
    {
        var candidates = await SearchAsync(types, title, 50, ct);
        var folded = Folded(title);
        var exact = candidates.Where(c => Folded(c.Title) == folded).ToList();
        if (exact.Count == 1) return (exact[0], []);
        if (exact.Count == 0 && candidates.Count == 1) return (candidates[0], []);
        return (null, (exact.Count > 1 ? exact : candidates).Take(5).ToList());
    }

    /// <summary>The latest versions of these items, in the order asked; unknown ids are left out.</summary>
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

    private static string Folded(string? text)
        => string.Join(' ', VietnameseText.Fold(VietnameseText.Nfc(text)).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    // Consonants other than d are plain ASCII in Vietnamese, so lower() matches them on both databases;
    // everything else (vowels and d, which carry marks; LIKE's own wildcards; spaces) is one-character "_".
    private static string LikePattern(string folded)
        => new(folded.Select(c => c is >= 'a' and <= 'z' && "aeiouyd".IndexOf(c) < 0 || c is >= '0' and <= '9' ? c : '_').ToArray());
}
