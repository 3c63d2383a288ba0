using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Usta.Admin.Areas.Usta.Admin.Pages.Admin;

public sealed class IndexModel(DashboardQueries queries) : PageModel
{
    public IReadOnlyList<ContentTypeCount> Counts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Counts = await queries.CountsAsync(ct);
}
