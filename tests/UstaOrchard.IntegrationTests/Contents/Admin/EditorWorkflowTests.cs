using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Usta.Contents.Listing;
using Usta.Contents.Review;
using Usta.Contents.Scheduling;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Contents.Admin;

public sealed class EditorWorkflowTests(EditorSiteFixture site) : IClassFixture<EditorSiteFixture>
{
    private UstaAppFactory Factory => site.Factory;

    private static string Edit(string id) => "/Admin/Contents/Edit/" + id;

    // Posts the workflow form of the edit page as the button would, or crafts the POST when the page has no such form.
    private static async Task<HttpResponseMessage> PostActionAsync(HttpClient client, string id, string handler, IDictionary<string, string>? fields = null)
    {
        var page = await client.GetDocumentAsync(Edit(id));
        var values = Browser.FormValues(page, "content-editor", new Dictionary<string, string>())
            .Where(v => v.Key == "__RequestVerificationToken").ToList();
        if (fields is not null) values.AddRange(fields);
        return await client.PostAsync($"{Edit(id)}?handler={handler}", new FormUrlEncodedContent(values));
    }

    private Task<ContentListIndex?> ListRowAsync(string id)
        => Factory.InScopeAsync(sp => sp.GetRequiredService<UstaDbContext>().Set<ContentListIndex>().AsNoTracking().FirstOrDefaultAsync(x => x.ContentItemId == id));

    [Fact]
    public async Task EditorUnpublishes_ItemStaysAsADraft()
    {
        var item = await Factory.CreateAsync("Gỡ bài " + ContentSeed.Tag(), "someone", publish: true);
        var editor = await Factory.SignedInAsync("Editor");

        var response = await PostActionAsync(editor, item.ContentItemId, "Unpublish");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Null(await Factory.WithAsync(c => c.GetAsync(item.ContentItemId, VersionOptions.Published)));
        Assert.NotNull(await Factory.WithAsync(c => c.GetAsync(item.ContentItemId, VersionOptions.Latest)));
        Assert.False((await ListRowAsync(item.ContentItemId))!.HasPublished);
    }

    [Fact]
    public async Task Author_CannotUnpublishOrScheduleOwnItem_NorDeleteAnothers()
    {
        var tag = ContentSeed.Tag();
        var author = await Factory.SignedInAsync("Author", "author-" + tag);
        var own = await Factory.CreateAsync("Bài của tác giả " + tag, "author-" + tag, publish: true);
        var others = await Factory.CreateAsync("Bài của người khác " + tag, "other-" + tag);

        var page = await author.GetDocumentAsync(Edit(own.ContentItemId));
        Assert.Null(page.QuerySelector("[data-test=unpublish]"));
        Assert.Equal(HttpStatusCode.Forbidden, (await PostActionAsync(author, own.ContentItemId, "Unpublish")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostActionAsync(author, own.ContentItemId, "PublishLater",
            new Dictionary<string, string> { ["PublishAt"] = "01-01-2099 08:00" })).StatusCode);
        Assert.NotNull(await Factory.WithAsync(c => c.GetAsync(own.ContentItemId, VersionOptions.Published)));

        // Another's item: the author cannot even open it, so the crafted POST carries the token of their own page.
        var token = Browser.FormValues(page, "content-editor", new Dictionary<string, string>()).Where(v => v.Key == "__RequestVerificationToken");
        var delete = await author.PostAsync($"{Edit(others.ContentItemId)}?handler=Delete", new FormUrlEncodedContent(token));
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
        Assert.NotNull(await Factory.WithAsync(c => c.GetAsync(others.ContentItemId, VersionOptions.Latest)));

        // Their own item they may delete (DeleteOwnContent).
        Assert.Equal(HttpStatusCode.Redirect, (await PostActionAsync(author, own.ContentItemId, "Delete")).StatusCode);
        Assert.Null(await Factory.WithAsync(c => c.GetAsync(own.ContentItemId, VersionOptions.Latest)));
    }

    [Fact]
    public async Task AuthorSubmitsForReview_ShownOnPageAndList_PublishingEndsIt()
    {
        var tag = ContentSeed.Tag();
        var author = await Factory.SignedInAsync("Author", "author-" + tag);
        var item = await Factory.CreateAsync("Chờ duyệt " + tag, "author-" + tag);

        Assert.Equal(HttpStatusCode.Redirect, (await PostActionAsync(author, item.ContentItemId, "Submit")).StatusCode);

        var page = await author.GetDocumentAsync(Edit(item.ContentItemId));
        Assert.Contains("Chờ duyệt", page.Text("[data-test=review-state]"));
        var editor = await Factory.SignedInAsync("Editor");
        var list = await editor.GetDocumentAsync($"/Admin/Contents?q={tag}");
        Assert.Contains("Chờ duyệt", list.Text("[data-test=content-row] [data-test=state]"));

        await Factory.WithAsync(c => c.PublishAsync(item.ContentItemId));
        var left = await Factory.InScopeAsync(sp => sp.GetRequiredService<UstaDbContext>().Set<ContentReviewRecord>().CountAsync(x => x.ContentItemId == item.ContentItemId));
        Assert.Equal(0, left);
    }

    [Fact]
    public async Task Contributor_CannotSubmitForReview()
    {
        var tag = ContentSeed.Tag();
        var contributor = await Factory.SignedInAsync("Contributor", "contributor-" + tag);
        var item = await Factory.CreateAsync("Bản nháp cộng tác viên " + tag, "contributor-" + tag);

        var page = await contributor.GetDocumentAsync(Edit(item.ContentItemId));
        Assert.Null(page.QuerySelector("[data-test=submit-review]"));
        Assert.Equal(HttpStatusCode.Forbidden, (await PostActionAsync(contributor, item.ContentItemId, "Submit")).StatusCode);
        var rows = await Factory.InScopeAsync(sp => sp.GetRequiredService<UstaDbContext>().Set<ContentReviewRecord>().CountAsync(x => x.ContentItemId == item.ContentItemId));
        Assert.Equal(0, rows);
    }

    [Fact]
    public async Task Clone_MakesADraftCopyWithANewPath_OwnedByTheUser()
    {
        var tag = ContentSeed.Tag();
        var source = await Factory.CreateAsync("Bài gốc " + tag, "someone", publish: true);
        var editor = await Factory.SignedInAsync("Editor", "editor-" + tag);

        var response = await PostActionAsync(editor, source.ContentItemId, "Clone");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cloneId = response.Headers.Location!.OriginalString.Split('/').Last();
        Assert.NotEqual(source.ContentItemId, cloneId);
        var clone = (await Factory.WithAsync(c => c.GetAsync(cloneId, VersionOptions.Latest)))!;
        Assert.Equal($"Bài gốc {tag} (bản sao)", clone.DisplayText);
        Assert.False(clone.Published);
        Assert.Equal("editor-" + tag, clone.Owner);
        Assert.NotEqual(source.As<Usta.Contents.AutoroutePart>()!.Path, clone.As<Usta.Contents.AutoroutePart>()!.Path);
    }

    [Fact]
    public async Task DiscardDraft_PublishedVersionIsLatestAgain()
    {
        var tag = ContentSeed.Tag();
        var item = await Factory.CreateAsync("Bản đã xuất bản " + tag, "someone", publish: true);
        await Factory.SaveDraftAsync(item.ContentItemId, "Bản nháp mới " + tag);
        var editor = await Factory.SignedInAsync("Editor");
        Assert.True((await ListRowAsync(item.ContentItemId))!.HasDraft);

        var response = await PostActionAsync(editor, item.ContentItemId, "DiscardDraft");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var latest = (await Factory.WithAsync(c => c.GetAsync(item.ContentItemId, VersionOptions.Latest)))!;
        Assert.Equal("Bản đã xuất bản " + tag, latest.DisplayText);
        Assert.True(latest.Published);
        var row = (await ListRowAsync(item.ContentItemId))!;
        Assert.False(row.HasDraft);
        Assert.Equal("Bản đã xuất bản " + tag, row.DisplayText);
    }

    [Fact]
    public async Task PublishLater_RefusesAPastOrMalformedTime_AndSchedulesAFutureOne()
    {
        var item = await Factory.CreateAsync("Hẹn giờ " + ContentSeed.Tag(), "someone");
        var editor = await Factory.SignedInAsync("Editor");

        var past = await PostActionAsync(editor, item.ContentItemId, "PublishLater", new Dictionary<string, string> { ["PublishAt"] = "01-01-2020 08:00" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, past.StatusCode);
        Assert.Contains("đã qua", (await past.ReadDocumentAsync()).Text("[data-test=publish-at-error]"));
        var bad = await PostActionAsync(editor, item.ContentItemId, "PublishLater", new Dictionary<string, string> { ["PublishAt"] = "ngày mai" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.Equal("ngày mai", (await bad.ReadDocumentAsync()).GetElementById("publish-at")!.GetAttribute("value"));

        var when = DateTime.UtcNow.AddHours(7).AddDays(2);
        var future = await PostActionAsync(editor, item.ContentItemId, "PublishLater",
            new Dictionary<string, string> { ["PublishAt"] = when.ToString("dd-MM-yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, future.StatusCode);
        var row = await PlanAsync(item.ContentItemId);
        Assert.NotNull(row);
        Assert.InRange(row.PublishUtc, when.AddHours(-7).AddMinutes(-1), when.AddHours(-7).AddMinutes(1));
        Assert.Equal(item.ContentItemVersionId, row.ContentItemVersionId);
        Assert.Contains("Đã hẹn giờ", (await editor.ListedStatesAsync($"q={Uri.EscapeDataString(item.DisplayText)}")).Single());

        var cancelled = await PostActionAsync(editor, item.ContentItemId, "CancelSchedule", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        Assert.Null(await PlanAsync(item.ContentItemId));
    }

    [Fact]
    public async Task SavingTheTextAfterPlanning_CancelsThePlan_AndSaysSo()
    {
        var item = await Factory.CreateAsync("Hẹn giờ rồi sửa " + ContentSeed.Tag(), "someone");
        var editor = await Factory.SignedInAsync("Editor");
        var when = DateTime.UtcNow.AddHours(7).AddDays(1).ToString("dd-MM-yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.Redirect, (await PostActionAsync(editor, item.ContentItemId, "PublishLater", new Dictionary<string, string> { ["PublishAt"] = when })).StatusCode);

        var edit = "/Admin/Contents/Edit/" + item.ContentItemId;
        var saved = await editor.SubmitAsync(await editor.GetDocumentAsync(edit), "content-editor",
            new Dictionary<string, string> { ["TitlePart.Title"] = item.DisplayText + " (đã sửa)" }, edit, "save-draft");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Null(await PlanAsync(item.ContentItemId));
        Assert.Contains("hủy", (await editor.GetDocumentAsync(edit)).Text("[data-test=status]"));
    }

    private Task<ScheduledPublicationRecord?> PlanAsync(string id)
        => Factory.InScopeAsync(sp => sp.GetRequiredService<UstaDbContext>().Set<ScheduledPublicationRecord>().AsNoTracking()
            .FirstOrDefaultAsync(x => x.ContentItemId == id));

    [Fact]
    public async Task Preview_ShowsTheDraftWhileThePublicPageShowsThePublishedText()
    {
        var tag = ContentSeed.Tag();
        var item = await Factory.CreateAsync("Bản công khai " + tag, "someone", publish: true);
        await Factory.SaveDraftAsync(item.ContentItemId, "Bản nháp riêng " + tag);
        var path = item.As<Usta.Contents.AutoroutePart>()!.Path;
        var editor = await Factory.SignedInAsync("Editor");

        var (response, preview) = await editor.GetPageAsync("/Admin/Contents/Preview/" + item.ContentItemId);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Bản nháp riêng " + tag, preview.Body!.TextContent);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
        Assert.Equal("noindex", preview.QuerySelector("meta[name=robots]")!.GetAttribute("content"));

        var (publicResponse, publicPage) = await Factory.CreateClient().GetPageAsync("/" + path);
        Assert.Equal(HttpStatusCode.OK, publicResponse.StatusCode);
        Assert.Contains("Bản công khai " + tag, publicPage.Body!.TextContent);
        Assert.DoesNotContain("Bản nháp riêng", publicPage.Body!.TextContent);
    }

    [Fact]
    public async Task Preview_NeedsPreviewPermissionForThatItem()
    {
        var tag = ContentSeed.Tag();
        var item = await Factory.CreateAsync("Xem trước " + tag, "other-" + tag);
        var contributor = await Factory.SignedInAsync("Contributor");

        Assert.Equal(HttpStatusCode.Forbidden, (await contributor.GetAsync("/Admin/Contents/Preview/" + item.ContentItemId)).StatusCode);
        var anonymous = Factory.CreateBrowser();
        var redirect = await anonymous.GetAsync("/Admin/Contents/Preview/" + item.ContentItemId);
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Contains("/dang-nhap", redirect.Headers.Location!.OriginalString);
    }
}
