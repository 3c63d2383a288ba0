using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Usta.AuditTrail.Records;
using UstaOrchard.Core.Audit;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;
using UstaOrchard.IntegrationTests.Contents.Admin;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.AuditTrail;

/// <summary>What editors do through the admin pages lands in the trail once per event, with who did it and which version.</summary>
public sealed class ContentEventTests(EditorSiteFixture site) : IClassFixture<EditorSiteFixture>
{
    private UstaAppFactory Factory => site.Factory;

    private static string Edit(string id) => "/Admin/Contents/Edit/" + id;

    private static async Task<HttpResponseMessage> SaveAsync(HttpClient client, string id, string title, string button)
    {
        var form = await client.GetDocumentAsync(Edit(id));
        return await client.SubmitAsync(form, "content-editor", new Dictionary<string, string> { ["TitlePart.Title"] = title }, Edit(id), button);
    }

    private static async Task<HttpResponseMessage> ActionAsync(HttpClient client, string id, string handler)
    {
        var page = await client.GetDocumentAsync(Edit(id));
        var token = Browser.FormValues(page, "content-editor", new Dictionary<string, string>()).Where(v => v.Key == "__RequestVerificationToken");
        return await client.PostAsync($"{Edit(id)}?handler={handler}", new FormUrlEncodedContent(token));
    }

    private Task<ContentItem> LatestAsync(string id) => Factory.WithAsync(c => c.GetAsync(id, VersionOptions.Latest))!;

    [Fact]
    public async Task EveryContentEvent_IsRecordedOnce_WithItsUserAndVersion()
    {
        var tag = ContentSeed.Tag();
        var editorName = "editor-" + tag;
        var adminName = "admin-" + tag;
        var editor = await Factory.SignedInAsync("Editor", editorName);
        var admin = await Factory.SignedInAsync("Administrator", adminName);

        var created = await editor.SubmitAsync(await editor.GetDocumentAsync("/Admin/Contents/Create/Page"), "content-editor",
            new Dictionary<string, string> { ["TitlePart.Title"] = "Nhật ký " + tag }, "/Admin/Contents/Create/Page", button: "save-draft");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = created.Headers.Location!.OriginalString.Split('/').Last();
        var draft = (await LatestAsync(id)).ContentItemVersionId;

        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(editor, id, "Nhật ký sửa " + tag, "save-draft")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(editor, id, "Nhật ký đăng " + tag, "publish")).StatusCode);
        // Over a published version a save makes a new version: that one is recorded.
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(editor, id, "Nhật ký bản mới " + tag, "save-draft")).StatusCode);
        var second = (await LatestAsync(id)).ContentItemVersionId;
        Assert.NotEqual(draft, second);
        Assert.Equal(HttpStatusCode.Redirect, (await ActionAsync(editor, id, "Unpublish")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ActionAsync(editor, id, "Delete")).StatusCode);
        var bin = await admin.GetDocumentAsync("/Admin/Contents/RecycleBin");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(bin, "restore-" + id, new Dictionary<string, string>(), "/Admin/Contents/RecycleBin")).StatusCode);

        var rows = await AuditRows.OfItemAsync(Factory.Services, id);
        Assert.Equal(
        [
            $"Content.Created {editorName} {draft}",
            $"Content.Saved {editorName} {draft}",
            $"Content.Saved {editorName} {draft}",
            $"Content.Published {editorName} {draft}",
            $"Content.Saved {editorName} {second}",
            $"Content.Unpublished {editorName} {draft}",
            $"Content.Deleted {editorName} {second}",
            $"Content.Restored {adminName} {second}",
        ], rows.Select(r => $"{r.Category}.{r.Name} {r.UserName} {r.ContentItemVersionId}").ToList());
        Assert.All(rows, r => Assert.Equal("Page", r.ContentType));
        Assert.Equal("Nhật ký " + tag, rows[0].Subject);
        Assert.Equal("Nhật ký bản mới " + tag, rows[^1].Subject);
        // Every recorded version is a version the item really has.
        var versions = await Factory.WithAsync(c => c.GetVersionsAsync(id));
        Assert.All(rows, r => Assert.Contains(versions, v => v.ContentItemVersionId == r.ContentItemVersionId));
    }

    [Fact]
    public async Task ARecipe_IsOneEvent_NotOneRowPerItem()
    {
        var tag = ContentSeed.Tag();
        var ids = Enumerable.Range(0, 3).Select(_ => EditorSiteFixture.NewId()).ToList();
        var items = string.Join(",", ids.Select((id, i) => $$"""
            { "ContentItemId": "{{id}}", "ContentType": "Page", "DisplayText": "Công thức {{tag}} {{i}}", "Published": true, "Latest": true,
              "TitlePart": { "Title": "Công thức {{tag}} {{i}}" }, "AutoroutePart": { "Path": "cong-thuc-{{tag}}-{{i}}" } }
            """));
        var recipe = UstaOrchard.Core.Recipes.Recipe.Parse($$"""{ "name": "audit-{{tag}}", "steps": [ { "name": "content", "data": [ {{items}} ] } ] }""");
        var runs = Factory.Services.GetRequiredService<Usta.Recipes.Runs.RecipeRuns>();

        var run = runs.Start(new Usta.Recipes.Runs.RecipeRunRequest(recipe, "audit-" + tag, null, false, "admin-" + tag, "203.0.113.9"));
        Assert.NotNull(run);
        await WaitAsync(async () => (await AuditRows.WhereAsync(Factory.Services, r => r.Where(x => x.Subject == "audit-" + tag))).Count > 0);

        Assert.Equal(3, (await Factory.WithAsync(c => c.GetManyAsync(ids))).Count);
        foreach (var id in ids) Assert.Empty(await AuditRows.OfItemAsync(Factory.Services, id));
        var recorded = Assert.Single(await AuditRows.WhereAsync(Factory.Services, r => r.Where(x => x.Subject == "audit-" + tag)));
        Assert.Equal((AuditEvents.Recipe, AuditEvents.RecipeApplied), (recorded.Category, recorded.Name));
        Assert.Equal("admin-" + tag, recorded.UserName);
        Assert.Equal("203.0.113.9", recorded.RemoteAddress);
        Assert.Contains("content", recorded.Details);

        // The same content changed by an editor afterwards is recorded again, item by item.
        var latest = (await Factory.WithAsync(c => c.GetAsync(ids[0], VersionOptions.Latest)))!;
        await Factory.WithAsync(c => c.UnpublishAsync(ids[0]));
        Assert.Equal([AuditEvents.ContentUnpublished], (await AuditRows.OfItemAsync(Factory.Services, ids[0])).Select(r => r.Name).ToList());
        Assert.NotNull(latest);
    }

    [Fact]
    public async Task AFailedRecipe_IsRecordedAsFailed()
    {
        var tag = ContentSeed.Tag();
        var recipe = UstaOrchard.Core.Recipes.Recipe.Parse($$"""
            { "name": "fails-{{tag}}", "steps": [ { "name": "content", "data": [
              { "ContentItemId": "{{EditorSiteFixture.NewId()}}", "ContentType": "NoSuchType{{tag}}", "DisplayText": "x" } ] } ] }
            """);
        var runs = Factory.Services.GetRequiredService<Usta.Recipes.Runs.RecipeRuns>();
        Assert.NotNull(runs.Start(new Usta.Recipes.Runs.RecipeRunRequest(recipe, "fails-" + tag, null, false, "admin-" + tag, null)));
        await WaitAsync(async () => (await AuditRows.WhereAsync(Factory.Services, r => r.Where(x => x.Subject == "fails-" + tag))).Count > 0);

        var recorded = Assert.Single(await AuditRows.WhereAsync(Factory.Services, r => r.Where(x => x.Subject == "fails-" + tag)));
        Assert.Equal(AuditEvents.RecipeFailed, recorded.Name);
        Assert.False(string.IsNullOrEmpty(recorded.Details));
    }

    [Fact]
    public async Task HostileText_IsStoredCleanedAndCapped()
    {
        var tag = ContentSeed.Tag();
        await Factory.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<IAuditTrail>().RecordAsync(new AuditEvent(AuditEvents.SignIn, AuditEvents.SignInFailed)
            {
                UserName = "bad\0name\u0001" + tag + "\ud800" + new string('x', 1000),
                Subject = "<script>alert(1)</script>" + tag,
                Details = new string('đ', 5000),
            });
            return true;
        });
        var row = Assert.Single(await AuditRows.WhereAsync(Factory.Services, r => r.Where(x => x.Subject!.EndsWith(tag))));
        Assert.StartsWith("bad name " + tag + "x", row.UserName);
        Assert.Equal(AuditTrailDbModel.UserNameLength, row.UserName!.Length);
        Assert.Equal(AuditTrailDbModel.DetailsLength, row.Details!.Length);
        // Out of any request and transaction: nobody, no address, written at once.
        Assert.Null(row.RemoteAddress);
    }

    private static async Task WaitAsync(Func<Task<bool>> done)
    {
        for (var i = 0; i < 200; i++)
        {
            if (await done()) return;
            await Task.Delay(100);
        }
        Assert.Fail("The recipe run was not recorded within 20 seconds.");
    }
}
