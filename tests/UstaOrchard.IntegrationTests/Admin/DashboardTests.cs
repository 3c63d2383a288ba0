using Microsoft.Extensions.DependencyInjection;
using Usta.Contents;
using Usta.Contents.Review;
using Usta.Contents.Scheduling;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Admin;

/// <summary>The dashboard's work lists: my drafts, waiting for review, scheduled, recently published.</summary>
public sealed class DashboardTests(EditorSiteFixture site) : IClassFixture<EditorSiteFixture>
{
    private UstaAppFactory Factory => site.Factory;

    private Task<string> NewPageAsync(string owner, bool publish, string title)
        => Factory.InScopeAsync(async sp =>
        {
            var contents = sp.GetRequiredService<ContentManager>();
            var page = contents.New(ContentTypes.Page);
            page.Owner = owner;
            page.Apply(new TitlePart { Title = title });
            return (await contents.CreateAsync(page, publish)).ContentItemId;
        });

    private static string Unique(string title) => title + " " + Guid.NewGuid().ToString("N")[..6];

    private static List<string> Ids(AngleSharp.Html.Dom.IHtmlDocument page, string list)
        => page.QuerySelectorAll($"[data-test={list}] li").Select(li => li.GetAttribute("data-id")!).ToList();

    [Fact]
    public async Task MyDrafts_ListsMyUnpublishedItemsOnly_LinkedToTheirEditor()
    {
        var name = "bien-tap-" + Guid.NewGuid().ToString("N")[..6];
        var editor = await Factory.SignedInAsync("Editor", name);
        var mine = await NewPageAsync(name, publish: false, Unique("Nháp của tôi"));
        var published = await NewPageAsync(name, publish: true, Unique("Đã đăng của tôi"));
        var others = await NewPageAsync("nguoi-khac", publish: false, Unique("Nháp người khác"));

        var dashboard = await editor.GetDocumentAsync("/Admin");

        Assert.Equal([mine], Ids(dashboard, "my-drafts"));
        Assert.Equal("/Admin/Contents/Edit/" + mine, dashboard.QuerySelector("[data-test=my-drafts] a")!.GetAttribute("href"));
        Assert.DoesNotContain(others, Ids(dashboard, "my-drafts"));
        Assert.DoesNotContain(published, Ids(dashboard, "my-drafts"));
        Assert.NotNull(dashboard.QuerySelector("[data-test=content-counts]"));
    }

    [Fact]
    public async Task WaitingForReview_IsShownToWhoCanPublish_NotToAuthors()
    {
        var submitted = await NewPageAsync("tac-gia", publish: false, Unique("Bài chờ duyệt"));
        await Factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<UstaDbContext>();
            db.Add(new ContentReviewRecord { ContentItemId = submitted, ContentType = ContentTypes.Page, SubmittedBy = "tac-gia", SubmittedUtc = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });

        var editor = await (await Factory.SignedInAsync("Editor")).GetDocumentAsync("/Admin");
        var author = await (await Factory.SignedInAsync("Author")).GetDocumentAsync("/Admin");

        Assert.Contains(submitted, Ids(editor, "waiting-for-review"));
        Assert.Contains("tac-gia", editor.QuerySelector($"[data-test=waiting-for-review] li[data-id='{submitted}']")!.TextContent);
        Assert.Null(author.QuerySelector("[data-test=waiting-for-review]"));
    }

    [Fact]
    public async Task Scheduled_SoonestFirst_AndRecentlyPublished_NewestFirst()
    {
        var later = await NewPageAsync("a", publish: false, Unique("Hẹn sau"));
        var sooner = await NewPageAsync("a", publish: false, Unique("Hẹn trước"));
        await Factory.InScopeAsync(async sp =>
        {
            var scheduler = sp.GetRequiredService<IPublishScheduler>();
            await scheduler.ScheduleAsync(later, DateTime.UtcNow.AddDays(300), "bien-tap");
            await scheduler.ScheduleAsync(sooner, DateTime.UtcNow.AddDays(200), "bien-tap");
            return true;
        });
        var first = await NewPageAsync("a", publish: true, Unique("Đăng trước"));
        var newest = await NewPageAsync("a", publish: true, Unique("Đăng sau"));

        var dashboard = await (await Factory.SignedInAsync("Editor")).GetDocumentAsync("/Admin");

        var scheduled = Ids(dashboard, "scheduled");
        Assert.True(scheduled.IndexOf(sooner) >= 0 && scheduled.IndexOf(sooner) < scheduled.IndexOf(later), string.Join(",", scheduled));
        var recent = Ids(dashboard, "recently-published");
        Assert.Equal([newest, first], recent.Take(2));
        Assert.True(recent.Count <= 10);
    }
}
