using Usta.Articles;
using Usta.Contents;
using UstaOrchard.IntegrationTests.Infrastructure;
using Xunit;

namespace UstaOrchard.IntegrationTests.Caching;

/// <summary>
/// Two nodes sharing one database and one Redis output cache: a page cached through one is served by the
/// other, and a change on one evicts it for both at once (node B's feed follower is idle here).
/// </summary>
public abstract class RedisOutputCacheTests
{
    protected abstract TestDatabase NewDatabase();

    [SkippableFact]
    public async Task PublishOnNodeA_EvictsOnNodeB_AtOnce()
    {
        var redis = TestRedis.Require();
        var dataPath = Paths.NewDataFolder();
        var database = new SharedDatabase(NewDatabase(), 2);
        var prefix = "usta-test-" + Guid.NewGuid().ToString("N")[..8] + ":";
        Dictionary<string, string?> Settings(string node) => new()
        {
            ["Search:IndexPath"] = Path.Combine(dataPath, "index-" + node),
            ["Cache:Redis"] = redis,
            ["Cache:RedisPrefix"] = prefix,
            ["Cache:Feed:IntervalMilliseconds"] = "600000",
        };
        await using var nodeA = new UstaAppFactory(database, dataPath, Settings("a"));
        var readerA = nodeA.CreateBrowser();
        await using var nodeB = new UstaAppFactory(database, dataPath, Settings("b")) { KeepData = true };
        var readerB = nodeB.CreateBrowser();

        var page = await nodeA.Services.NewItemAsync(ContentTypes.Page, "Trang chung");
        var url = ContentRoutes.UrlOf(page);
        await readerA.ReadAsync(url);
        Assert.True((await readerB.ReadAsync(url)).FromCache, "node B did not answer from the entry node A stored");
        await readerB.WarmAsync("/");

        await nodeA.Services.RetitleAsync(page.ContentItemId, "Trang chung đã sửa");
        var (cached, html) = await readerB.ReadAsync(url);
        Assert.False(cached);
        Assert.Contains("Trang chung đã sửa", html);

        var article = await nodeA.Services.NewItemAsync(ArticlesStartup.ContentType, "Tin mới trên máy A");
        Assert.Contains("Tin mới trên máy A", (await readerB.ReadAsync("/")).Html);
        Assert.Contains("Tin mới trên máy A", (await readerB.ReadAsync(ContentRoutes.UrlOf(article))).Html);
    }
}

public sealed class SqliteRedisOutputCacheTests : RedisOutputCacheTests
{
    protected override TestDatabase NewDatabase() => TestDatabase.Sqlite();
}

public sealed class PostgresRedisOutputCacheTests : RedisOutputCacheTests
{
    protected override TestDatabase NewDatabase() => TestDatabase.Postgres();
}
