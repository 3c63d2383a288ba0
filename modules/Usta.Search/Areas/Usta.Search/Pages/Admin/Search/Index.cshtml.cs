using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Usta.Search.Indexing;
using UstaOrchard.Core.Settings;

namespace Usta.Search.Areas.Usta.Search.Pages.Admin.Search;

/// <summary>Every search index and every node's copy of it, with a rebuild button per index.</summary>
[Authorize(Policy = SearchPermissionProvider.ManageSearch)]
public sealed class IndexModel(SearchIndexStatusReader status, SearchIndexManager indexes, SiteClock clock, LocalIndexFolders folders,
    SearchIndexingSignal signal,
    IStringLocalizer<SearchStartup> S) : PageModel
{
    public IReadOnlyList<SearchIndexView> Indexes { get; private set; } = [];

    [TempData]
    public string? Status { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var formatter = new SearchStatusFormatter(S, await clock.GetTimeZoneAsync(ct), clock.UtcNow, folders.ExistingNodeIdOf);
        Indexes = (await status.GetAllAsync(ct)).Select(formatter.ToView).ToList();
    }

    public async Task<IActionResult> OnPostRebuildAsync(string? name, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(name) || !await indexes.RequestRebuildAsync(name, User.Identity?.Name, ct)) return NotFound();
        signal.Poke();
        Status = S["Rebuild of '{0}' requested: every node rebuilds its copy within seconds and answers searches from the old one meanwhile.", name];
        return RedirectToPage();
    }
}
