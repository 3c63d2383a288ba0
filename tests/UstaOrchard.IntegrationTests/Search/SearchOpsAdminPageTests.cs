using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Usta.Search.Indexing;
using UstaOrchard.Core.Data;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Search;

/// <summary>/Admin/Search: who may open it, the figures each node reports, and the rebuild button.</summary>
public sealed class SearchOpsAdminPageTests(EditorSiteFixture site) : IClassFixture<EditorSiteFixture>
{
    private const string Url = "/Admin/Search";

    private async Task<string> NewIndexAsync()
    {
        var name = "chi-muc-" + Guid.NewGuid().ToString("N")[..8];
        await site.ApplyAsync($$"""
            { "steps": [ { "name": "lucene-index", "Indices": [ { "{{name}}": { "IndexedContentTypes": ["Article"] } } ] } ] }
            """);
        return name;
    }

    private Task<SearchIndexRecord> RecordAsync(string name)
        => site.Factory.InScopeAsync(async sp => (await sp.GetRequiredService<SearchIndexManager>().GetRecordAsync(name, default))!);

    [Fact]
    public async Task Anonymous_IsSentToTheLoginPage()
    {
        var response = await site.Factory.CreateBrowser().GetAsync(Url);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/dang-nhap?ReturnUrl=", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Editor_IsRefused_AndHasNoMenuEntry()
    {
        var editor = await site.Factory.SignedInAsync("Editor");
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync(Url)).StatusCode);
        var admin = await editor.GetDocumentAsync("/Admin/Contents");
        Assert.Null(admin.GetElementById("admin-menu-search"));
    }

    [Fact]
    public async Task Administrator_SeesEachNodesFigures()
    {
        var reported = await NewIndexAsync();
        var now = DateTime.UtcNow;
        await site.Factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<UstaDbContext>();
            db.Add(new SearchIndexingTask { ContentItemId = "tacvu00000000000000000001", CreatedUtc = now.AddMinutes(-3) });
            await db.SaveChangesAsync();
            var latest = db.Set<SearchIndexingTask>().Max(x => x.Id);
            db.Add(new SearchNodeState
            {
                NodeId = "nut-nay", MachineName = Environment.MachineName, IndexName = reported, Generation = 1, Cursor = latest,
                Documents = 12345, SizeBytes = 3_670_016, LastRebuildUtc = now.AddHours(-1), LastRebuildDuration = TimeSpan.FromSeconds(2.5),
                LastSeenUtc = now,
            });
            db.Add(new SearchNodeState
            {
                NodeId = "nut-khac", MachineName = "may-chu-2", IndexName = reported, Generation = 0, Cursor = 0,
                Documents = 7, SizeBytes = 900, LastSeenUtc = now.AddHours(-2),
            });
            return await db.SaveChangesAsync();
        });

        // This host's worker builds its own copy of the new index and reports it beside the two rows above.
        await site.Factory.WaitForSearchIndexAsync(reported);
        var thisNode = site.Factory.Services.GetRequiredService<LocalIndexFolders>().ExistingNodeIdOf(reported);
        // The worker reports after the pass that built the copy: give it a moment.
        for (var wait = 0; wait < 50 && !await site.Factory.InScopeAsync(sp =>
                 sp.GetRequiredService<UstaDbContext>().Set<SearchNodeState>().AnyAsync(x => x.NodeId == thisNode && x.IndexName == reported)); wait++)
            await Task.Delay(100);
        var admin = await site.Factory.SignedInAsync("Administrator");
        var page = await admin.GetDocumentAsync(Url);

        Assert.NotNull(page.GetElementById("admin-menu-search"));
        var section = page.QuerySelector($"[data-index='{reported}']")!;
        Assert.Equal("Article", section.Text("[data-test=types]"));
        Assert.Equal("phiên bản đã xuất bản", section.Text("[data-test=holds]"));
        Assert.NotNull(section.QuerySelector($"[data-node='{thisNode}'] [data-test=this-node]"));
        var here = section.QuerySelector("[data-node='nut-nay']")!;
        Assert.Null(here.QuerySelector("[data-test=this-node]"));
        Assert.Equal("12.345", here.Text("[data-test=documents]"));
        Assert.Equal("3,5 MB", here.Text("[data-test=size]"));
        Assert.Equal("không có", here.Text("[data-test=lag]"));
        Assert.StartsWith("đang hoạt động, đã cập nhật (thế hệ 1)", here.Text("[data-test=state]"));
        Assert.EndsWith(", mất 2,5 giây", here.Text("[data-test=last-rebuild]"));
        var other = section.QuerySelector("[data-node='nut-khac']")!;
        Assert.Null(other.QuerySelector("[data-test=this-node]"));
        Assert.StartsWith("không hoạt động, đang xây dựng lại (thế hệ 0/1)", other.Text("[data-test=state]"));
        Assert.Contains("tác vụ chờ, cũ nhất đã", other.Text("[data-test=lag]"));
        Assert.Equal("chưa bao giờ", other.Text("[data-test=last-rebuild]"));
    }

    [Fact]
    public async Task AnIndexNoNodeReported_SaysSo()
    {
        // A site whose worker never runs: no node reports (as before the first pass of every node).
        await using var factory = new UstaAppFactory(TestDatabase.Sqlite(), services: services =>
        {
            foreach (var worker in services.Where(d => d.ImplementationType == typeof(SearchIndexingWorker)).ToList()) services.Remove(worker);
        });
        var admin = await factory.SignedInAsync("Administrator");

        var page = await admin.GetDocumentAsync(Url);

        Assert.Contains("Chưa có nút nào báo cáo", page.QuerySelector("[data-index='Search']")!.Text("[data-test=no-nodes]"));
    }

    [Fact]
    public async Task Rebuild_RaisesTheGeneration_AndSaysSo()
    {
        var name = await NewIndexAsync();
        var admin = await site.Factory.SignedInAsync("Administrator");
        var page = await admin.GetDocumentAsync(Url);

        var response = await admin.SubmitAsync(page, "rebuild-" + name, new Dictionary<string, string>(), Url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var record = await RecordAsync(name);
        Assert.Equal(2, record.Generation);
        Assert.NotNull(record.RebuildRequestedUtc);
        var after = await admin.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.StartsWith($"Đã yêu cầu xây dựng lại chỉ mục '{name}'", after.Text("[data-test=status]"));
        Assert.StartsWith(record.RebuildRequestedBy!, after.QuerySelector($"[data-index='{name}']")!.Text("[data-test=rebuild-requested]").Split(", bởi ")[1]);
    }

    [Fact]
    public async Task Rebuild_WithoutAntiforgeryToken_Is400_AndChangesNothing()
    {
        var name = await NewIndexAsync();
        var admin = await site.Factory.SignedInAsync("Administrator");

        var response = await admin.PostAsync(Url + "?handler=Rebuild", new FormUrlEncodedContent([new("name", name)]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(1, (await RecordAsync(name)).Generation);
    }

    [Fact]
    public async Task Rebuild_OfAnUnknownIndex_Is404()
    {
        var admin = await site.Factory.SignedInAsync("Administrator");
        var page = await admin.GetDocumentAsync(Url);

        var response = await admin.SubmitAsync(page, "rebuild-Search", new Dictionary<string, string> { ["name"] = "khong-co-chi-muc" }, Url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Không tìm thấy", await response.Content.ReadAsStringAsync());
    }
}
