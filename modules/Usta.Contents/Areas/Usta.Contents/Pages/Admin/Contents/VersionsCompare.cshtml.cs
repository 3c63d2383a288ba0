using Microsoft.AspNetCore.Mvc;
using Usta.Contents.Versions;
using UstaOrchard.Core.Contents;

namespace Usta.Contents.Areas.Usta.Contents.Pages.Admin.Contents;

/// <summary>Two versions side by side, title and text, with deleted and inserted words marked.</summary>
public sealed class VersionsCompareModel(ContentManager contents, VersionHistory history) : VersionsPageModel(contents)
{
    public int FromNumber { get; private set; }
    public int ToNumber { get; private set; }
    public IReadOnlyList<DiffLine> Title { get; private set; } = [];
    public IReadOnlyList<DiffLine> Body { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, string? from, string? to, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refusal) return refusal;
        if (await VersionAsync(from, ct) is not { } older || await VersionAsync(to, ct) is not { } newer) return NotFound();
        FromNumber = await history.NumberOfAsync(id, older.ContentItemVersionId, ct);
        ToNumber = await history.NumberOfAsync(id, newer.ContentItemVersionId, ct);
        Title = VersionDiff.Compare(VersionText.Title(older), VersionText.Title(newer));
        Body = VersionDiff.Compare(VersionText.Body(older), VersionText.Body(newer));
        return Page();
    }
}
