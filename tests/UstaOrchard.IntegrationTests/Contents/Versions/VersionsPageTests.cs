using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Usta.Contents;
using UstaOrchard.Core.Contents;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Contents.Versions;

/// <summary>The history, view, compare and restore pages of an item's versions.</summary>
public sealed class VersionsPageTests(EditorSiteFixture site) : IClassFixture<EditorSiteFixture>
{
    private UstaAppFactory Factory => site.Factory;

    /// <summary>
    /// Three versions: 1 published by "nguoi-a" (body "Biên Hòa"), 2 published over it with "Long Khánh" (no
    /// ModifiedBy: an old row, so the owner is named), 3 a draft saved by <paramref name="editor"/> through the form.
    /// </summary>
    private async Task<(string Id, string Title)> ItemWithThreeVersionsAsync(HttpClient editor, string owner)
    {
        var title = "Hội nghị " + Guid.NewGuid().ToString("N")[..6];
        var id = await Factory.InScopeAsync(async sp =>
        {
            var contents = sp.GetRequiredService<ContentManager>();
            var page = contents.New(ContentTypes.Page);
            page.Owner = owner;
            page.ModifiedBy = "nguoi-a";
            page.Apply(new TitlePart { Title = title });
            page.Apply(new HtmlBodyPart { Html = "<p>Hội nghị tổ chức tại <strong>Biên Hòa</strong>.</p><p>Đoạn không đổi.</p>" });
            var created = await contents.CreateAsync(page, publish: true);

            var second = (await contents.GetAsync(created.ContentItemId, VersionOptions.Latest))!;
            second.Apply(new HtmlBodyPart { Html = "<p>Hội nghị tổ chức tại <strong>Long Khánh</strong>.</p><p>Đoạn không đổi.</p>" });
            Assert.True((await contents.SaveAndPublishAsync(second)).Succeeded);
            return created.ContentItemId;
        });

        var edit = "/Admin/Contents/Edit/" + id;
        var form = await editor.GetDocumentAsync(edit);
        var saved = await editor.SubmitAsync(form, "content-editor", new Dictionary<string, string> { ["TitlePart.Title"] = title + " (sửa)" }, edit, button: "save-draft");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        return (id, title);
    }

    private static string VersionId(AngleSharp.Html.Dom.IHtmlDocument history, int number)
        => history.QuerySelector($"[data-test=version][data-version='{number}']")!.GetAttribute("data-version-id")!;

    [Fact]
    public async Task History_ShowsEachVersionsAuthorTimeStateAndPublication()
    {
        var name = "bien-tap-" + Guid.NewGuid().ToString("N")[..6];
        var editor = await Factory.SignedInAsync("Editor", name);
        var (id, _) = await ItemWithThreeVersionsAsync(editor, "chu-so-huu");

        var edit = await editor.GetDocumentAsync("/Admin/Contents/Edit/" + id);
        Assert.Equal("/Admin/Contents/Versions/" + id, edit.QuerySelector("[data-test=versions-link]")!.GetAttribute("href"));
        var history = await editor.GetDocumentAsync("/Admin/Contents/Versions/" + id);

        var rows = history.QuerySelectorAll("[data-test=version]");
        Assert.Equal(["3", "2", "1"], rows.Select(r => r.GetAttribute("data-version")!));
        Assert.Equal([name, "chu-so-huu", "nguoi-a"], history.Texts("[data-test=version] [data-test=who]"));
        Assert.All(history.Texts("[data-test=version] [data-test=when]"),
            when => Assert.True(DateTime.TryParseExact(when, "dd-MM-yyyy HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _), when));
        Assert.Equal(["Bản nháp · Mới nhất", "Đã xuất bản", "Bản nháp"], history.Texts("[data-test=version] [data-test=state]"));

        var intervals = history.Texts("[data-test=version] [data-test=intervals]");
        Assert.Equal("", intervals[0]);
        Assert.Matches(@"^từ \d\d-\d\d-\d{4} \d\d:\d\d, vẫn đang hiển thị$", intervals[1]);
        Assert.Matches(@"^từ \d\d-\d\d-\d{4} \d\d:\d\d đến \d\d-\d\d-\d{4} \d\d:\d\d$", intervals[2]);
    }

    [Fact]
    public async Task Compare_MarksTheChangedWordsAsDeletedAndInserted()
    {
        var editor = await Factory.SignedInAsync("Editor");
        var (id, title) = await ItemWithThreeVersionsAsync(editor, "chu-so-huu");
        var history = await editor.GetDocumentAsync("/Admin/Contents/Versions/" + id);

        var diff = await editor.GetDocumentAsync($"/Admin/Contents/Versions/{id}/Compare?from={VersionId(history, 1)}&to={VersionId(history, 3)}");

        Assert.Equal("Thay đổi từ phiên bản 1 đến phiên bản 3", diff.Text("h1"));
        Assert.Equal("Biên Hòa", string.Concat(diff.Texts("[data-test=diff-body] del")).Trim());
        Assert.Equal("Long Khánh", string.Concat(diff.Texts("[data-test=diff-body] ins")).Trim());
        Assert.Equal("(sửa)", string.Concat(diff.Texts("[data-test=diff-title] ins")).Trim());
        Assert.Empty(diff.QuerySelectorAll("[data-test=diff-title] del"));
        // Text, not markup: the strong element is gone, the unchanged paragraph is shown once per side.
        Assert.DoesNotContain("strong", diff.QuerySelector("[data-test=diff]")!.TextContent);
        Assert.Contains(diff.QuerySelectorAll("[data-test=diff-body] tr"), r => r.TextContent.Contains("Đoạn không đổi.") && r.QuerySelector("ins, del") is null);
        Assert.Contains(title, diff.Text("[data-test=diff-title]"));
    }

    [Fact]
    public async Task Restore_MakesANewDraftWithTheOldText_AndLeavesThePublishedVersionAlone()
    {
        var name = "bien-tap-" + Guid.NewGuid().ToString("N")[..6];
        var editor = await Factory.SignedInAsync("Editor", name);
        var (id, title) = await ItemWithThreeVersionsAsync(editor, "chu-so-huu");
        var history = await editor.GetDocumentAsync("/Admin/Contents/Versions/" + id);
        var url = $"/Admin/Contents/Versions/{id}/{VersionId(history, 1)}";
        var version = await editor.GetDocumentAsync(url);
        Assert.Equal(title, version.Text("[data-test=version-title]"));
        Assert.Contains("Hội nghị tổ chức tại Biên Hòa.", version.Text("[data-test=version]"));

        var restored = await editor.SubmitAsync(version, "restore-form", new Dictionary<string, string>(), url);

        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        var after = await editor.GetDocumentAsync(restored.Headers.Location!.OriginalString);
        Assert.Equal("Đã khôi phục phiên bản 1 thành bản nháp mới.", after.Text("[data-test=status]"));
        Assert.Equal(["4", "3", "2", "1"], after.QuerySelectorAll("[data-test=version]").Select(r => r.GetAttribute("data-version")!));
        Assert.Equal(title + " (sửa)", after.QuerySelectorAll("[data-test=version]")[1].QuerySelectorAll("td")[1].TextContent);
        var (latest, published) = await Factory.InScopeAsync(async sp =>
        {
            var contents = sp.GetRequiredService<ContentManager>();
            return (await contents.GetAsync(id, VersionOptions.Latest), await contents.GetAsync(id, VersionOptions.Published));
        });
        Assert.Equal(title, latest!.DisplayText);
        Assert.False(latest.Published);
        Assert.Contains("Biên Hòa", latest.As<HtmlBodyPart>()!.Html);
        Assert.Equal(name, latest.ModifiedBy);
        Assert.Contains("Long Khánh", published!.As<HtmlBodyPart>()!.Html);
    }

    [Fact]
    public async Task AuthorOnSomeoneElsesItem_Gets403_OnEveryVersionsPage()
    {
        var editor = await Factory.SignedInAsync("Editor");
        var (id, _) = await ItemWithThreeVersionsAsync(editor, "nguoi-khac");
        var history = await editor.GetDocumentAsync("/Admin/Contents/Versions/" + id);
        var first = VersionId(history, 1);
        var version = await editor.GetDocumentAsync($"/Admin/Contents/Versions/{id}/{first}");
        var author = await Factory.SignedInAsync("Author");

        Assert.Equal(HttpStatusCode.Forbidden, (await author.GetAsync("/Admin/Contents/Versions/" + id)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await author.GetAsync($"/Admin/Contents/Versions/{id}/{first}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await author.GetAsync($"/Admin/Contents/Versions/{id}/Compare?from={first}&to={first}")).StatusCode);
        // The author's own antiforgery token on the editor's form: only the permission stands in the way.
        var own = await author.GetDocumentAsync("/Admin/Contents/Create/Page");
        var token = Browser.FormValues(own, "content-editor", new Dictionary<string, string>()).First(f => f.Key == "__RequestVerificationToken");
        var restore = await author.PostAsync($"/Admin/Contents/Versions/{id}/{first}?handler=Restore", new FormUrlEncodedContent([token]));
        Assert.Equal(HttpStatusCode.Forbidden, restore.StatusCode);
        Assert.Equal(3, await Factory.InScopeAsync(async sp => (await sp.GetRequiredService<ContentManager>().GetVersionsAsync(id)).Count));
        Assert.NotNull(version);
    }

    [Theory]
    [InlineData("/Admin/Contents/Versions/{0}x")]
    [InlineData("/Admin/Contents/Versions/{0}/01NOSUCHVERSION0000000000")]
    [InlineData("/Admin/Contents/Versions/{0}/{1}")]
    [InlineData("/Admin/Contents/Versions/{0}/Compare?from={1}&to={1}")]
    [InlineData("/Admin/Contents/Versions/{0}/Compare?from=")]
    public async Task UnknownItemOrAVersionOfAnotherItem_Is404(string template)
    {
        var editor = await Factory.SignedInAsync("Editor");
        var (id, _) = await ItemWithThreeVersionsAsync(editor, "chu-so-huu");
        var (other, _) = await ItemWithThreeVersionsAsync(editor, "chu-so-huu");
        var otherVersion = VersionId(await editor.GetDocumentAsync("/Admin/Contents/Versions/" + other), 1);

        var response = await editor.GetAsync(string.Format(CultureInfo.InvariantCulture, template, id, otherVersion));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
