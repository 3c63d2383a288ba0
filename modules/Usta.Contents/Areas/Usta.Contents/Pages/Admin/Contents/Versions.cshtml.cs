using Microsoft.AspNetCore.Mvc;
using Usta.Contents.Versions;
using UstaOrchard.Core.Contents;

namespace Usta.Contents.Areas.Usta.Contents.Pages.Admin.Contents;

/// <summary>An item's history: every version, who saved it and when, and when it was on the site.</summary>
public sealed class VersionsModel(ContentManager contents, VersionHistory history) : VersionsPageModel(contents)
{
    public IReadOnlyList<VersionRow> Rows { get; private set; } = [];

    [TempData]
    public string? Status { get; set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refusal) return refusal;
        Rows = await history.ListAsync(id, ct);
        return Page();
    }
}
