using Microsoft.Extensions.DependencyInjection;
using Usta.Articles;
using Usta.Contents;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Settings;
using UstaOrchard.IntegrationTests.Infrastructure;
using Xunit;

namespace UstaOrchard.IntegrationTests.Caching;

/// <summary>
/// The public pages come from the output cache on the second anonymous read, and a change evicts every
/// page that shows it at once: here with the feed follower idle, so only the eviction at commit can do it.
/// </summary>
public abstract class OutputCacheEvictionTests
{
    protected abstract TestDatabase NewDatabase();

    private static readonly Dictionary<string, string?> FollowerIdle = new() { ["Cache:Feed:IntervalMilliseconds"] = "600000" };

    [SkippableFact]
    public async Task Publish_Edit_Unpublish_Delete_EvictArticle_Home_Category_AndDay_AtOnce()
    {
        await using var site = new UstaAppFactory(NewDatabase(), settings: FollowerIdle);
        var reader = site.CreateBrowser();
        var tag = "t" + Guid.NewGuid().ToString("N")[..8];
        var category = await site.Services.NewItemAsync(ContentTypes.Category, "Chuyên mục " + tag);
        var article = await site.Services.NewItemAsync(ArticlesStartup.ContentType, "Bài đầu " + tag, categories: [category.ContentItemId]);
        var articleUrl = ContentRoutes.UrlOf(article);
        string[] lists = ["/", ContentRoutes.UrlOf(category), CachedSite.DayUrl];

        foreach (var url in lists.Append(articleUrl)) Assert.Contains("Bài đầu " + tag, await reader.WarmAsync(url));

        await site.Services.RetitleAsync(article.ContentItemId, "Bài sửa " + tag);
        foreach (var url in lists.Append(articleUrl))
        {
            var (cached, html) = await reader.ReadAsync(url);
            Assert.False(cached, $"{url} was answered from the cache after the edit");
            Assert.Contains("Bài sửa " + tag, html);
            Assert.DoesNotContain("Bài đầu " + tag, html);
        }

        foreach (var url in lists.Append(articleUrl)) await reader.WarmAsync(url);
        Assert.True(await site.Services.WithContentsAsync(c => c.UnpublishAsync(article.ContentItemId)));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await reader.GetAsync(articleUrl)).StatusCode);
        foreach (var url in lists) Assert.DoesNotContain("Bài sửa " + tag, (await reader.ReadAsync(url)).Html);

        foreach (var url in lists) await reader.WarmAsync(url);
        Assert.True((await site.Services.WithContentsAsync(c => c.PublishAsync(article.ContentItemId))).Succeeded);
        foreach (var url in lists.Append(articleUrl)) Assert.Contains("Bài sửa " + tag, (await reader.ReadAsync(url)).Html);

        foreach (var url in lists.Append(articleUrl)) await reader.WarmAsync(url);
        Assert.True(await site.Services.WithContentsAsync(c => c.RemoveAsync(article.ContentItemId)));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await reader.GetAsync(articleUrl)).StatusCode);
        foreach (var url in lists) Assert.DoesNotContain("Bài sửa " + tag, (await reader.ReadAsync(url)).Html);
    }

    [SkippableFact]
    public async Task CachedPage_IsServedWithoutTheDatabase_UntilItsItemChanges()
    {
        await using var site = new UstaAppFactory(NewDatabase(), settings: FollowerIdle);
        var reader = site.CreateBrowser();
        var page = await site.Services.NewItemAsync(ContentTypes.Page, "Giới thiệu cũ");
        var url = ContentRoutes.UrlOf(page);
        await reader.WarmAsync(url);

        // Behind the site's back (no content event, no feed row): the cache still answers with the old page.
        await CachedSite.InScopeAsync(site.Services, async sp =>
        {
            var db = sp.GetRequiredService<UstaOrchard.Core.Data.UstaDbContext>();
            foreach (var row in db.ContentItems.Where(x => x.ContentItemId == page.ContentItemId)) row.DisplayText = "Giới thiệu ngầm";
            return await db.SaveChangesAsync();
        });
        var (cached, html) = await reader.ReadAsync(url);
        Assert.True(cached);
        Assert.Contains("Giới thiệu cũ", html);

        await site.Services.RetitleAsync(page.ContentItemId, "Giới thiệu mới");
        Assert.Contains("Giới thiệu mới", (await reader.ReadAsync(url)).Html);
    }

    [SkippableFact]
    public async Task SettingsSave_EvictsEveryPage()
    {
        await using var site = new UstaAppFactory(NewDatabase(), settings: FollowerIdle);
        var reader = site.CreateBrowser();
        var page = await site.Services.NewItemAsync(ContentTypes.Page, "Trang tĩnh");
        string[] urls = ["/", ContentRoutes.UrlOf(page), "/ban-tin"];
        foreach (var url in urls) await reader.WarmAsync(url);

        await CachedSite.InScopeAsync(site.Services, async sp =>
        {
            await sp.GetRequiredService<SiteService>().UpdateAsync(s => s.SiteName = "Tên trang mới");
            return true;
        });
        foreach (var url in urls)
        {
            var (cached, html) = await reader.ReadAsync(url);
            Assert.False(cached, $"{url} was answered from the cache after the settings changed");
            Assert.Contains("Tên trang mới", html);
        }
    }

    [SkippableFact]
    public async Task ChangeOnAnotherHost_OnTheSameDatabase_EvictsWithinSeconds()
    {
        var dataPath = Paths.NewDataFolder();
        var database = new SharedDatabase(NewDatabase(), 2);
        // One database (one SQLite file in the shared data folder); each host its own search index, as nodes have.
        Dictionary<string, string?> Node(string name) => new()
        {
            ["Cache:Feed:IntervalMilliseconds"] = "200",
            ["Search:IndexPath"] = Path.Combine(dataPath, "index-" + name),
        };
        await using var writer = new UstaAppFactory(database, dataPath, Node("a"));
        writer.CreateClient().Dispose();
        await using var server = new UstaAppFactory(database, dataPath, Node("b")) { KeepData = true };
        var reader = server.CreateBrowser();

        var article = await writer.Services.NewItemAsync(ArticlesStartup.ContentType, "Tin máy một");
        var url = ContentRoutes.UrlOf(article);
        // The other host's follower evicts for the creation too, within its interval: cached once it has.
        foreach (var page in new[] { url, "/" })
            Assert.True(await CachedSite.EventuallyAsync(async () => { await reader.ReadAsync(page); return (await reader.ReadAsync(page)).FromCache; }));
        Assert.Contains("Tin máy một", (await reader.ReadAsync(url)).Html);

        await writer.Services.RetitleAsync(article.ContentItemId, "Tin máy một đã sửa");
        foreach (var page in new[] { url, "/" })
            Assert.True(await CachedSite.EventuallyAsync(async () => (await reader.ReadAsync(page)).Html.Contains("Tin máy một đã sửa")),
                $"{page} on the other host still showed the old title after 5 s");
    }
}

public sealed class SqliteOutputCacheEvictionTests : OutputCacheEvictionTests
{
    protected override TestDatabase NewDatabase() => TestDatabase.Sqlite();
}

public sealed class PostgresOutputCacheEvictionTests : OutputCacheEvictionTests
{
    protected override TestDatabase NewDatabase() => TestDatabase.Postgres();
}
