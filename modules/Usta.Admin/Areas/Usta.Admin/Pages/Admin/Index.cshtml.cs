using Microsoft.AspNetCore.Mvc.RazorPages;
using UstaOrchard.Core.Definitions;
using UstaOrchard.Core.Security;

namespace Usta.Admin.Areas.Usta.Admin.Pages.Admin;

public sealed class IndexModel(DashboardQueries queries, DashboardLists lists, ContentDefinitionManager definitions) : PageModel
{
    public IReadOnlyList<ContentTypeCount> Counts { get; private set; } = [];
    public IReadOnlyList<DashboardItem> MyDrafts { get; private set; } = [];
    public IReadOnlyList<DashboardItem> WaitingForReview { get; private set; } = [];
    public IReadOnlyList<DashboardItem> Scheduled { get; private set; } = [];
    public IReadOnlyList<DashboardItem> RecentlyPublished { get; private set; } = [];

    /// <summary>Only users who may publish some type see the review list (of those types).</summary>
    public bool ShowsReview { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Counts = await queries.CountsAsync(ct);
        var types = (await definitions.ListTypesAsync(ct)).Select(t => t.Name).ToList();
        var publishable = types.Where(t => User.Can(ContentPermissions.PublishContent, t, owned: false)).ToList();
        var editable = types.Where(t => User.Can(ContentPermissions.EditContent, t, owned: false)).ToList();
        ShowsReview = publishable.Count > 0;

        MyDrafts = await lists.MyDraftsAsync(User.OwnerName(), ct);
        WaitingForReview = await lists.WaitingForReviewAsync(publishable, ct);
        Scheduled = await lists.ScheduledAsync(editable, ct);
        RecentlyPublished = await lists.RecentlyPublishedAsync(ct);
    }
}
