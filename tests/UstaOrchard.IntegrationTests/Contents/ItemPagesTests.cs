using Microsoft.Extensions.DependencyInjection;
using Usta.Articles;
using Usta.Contents;
using UstaOrchard.Core.Contents;
using UstaOrchard.IntegrationTests.Caching;
using UstaOrchard.IntegrationTests.Infrastructure;
using Xunit;

namespace UstaOrchard.IntegrationTests.Contents;

/// <summary>
/// An article's display is kept in memory (ItemPages) and serves even the requests the output cache never
/// answers (a query key the page does not read): every change it shows must reach such a request at once.
/// The feed follower is idle, so only the eviction at commit can do it.
/// </summary>
public sealed class ItemPagesTests
{
    private static readonly Dictionary<string, string?> FollowerIdle = new() { ["Cache:Feed:IntervalMilliseconds"] = "600000" };

    private static async Task<string> UncachedAsync(HttpClient reader, string url)
    {
        var (cached, html) = await reader.ReadAsync(url + "?bench=1");
        Assert.False(cached, $"{url}?bench=1 was answered by the output cache");
        return html;
    }

    [Fact]
    public async Task KeptDisplay_ServesWithoutTheDatabase_UntilItsItemChanges()
    {
        await using var site = new UstaAppFactory(TestDatabase.Sqlite(), settings: FollowerIdle);
        var reader = site.CreateBrowser();
        var tag = "k" + Guid.NewGuid().ToString("N")[..8];
        var article = await site.Services.NewItemAsync(ArticlesStartup.ContentType, "Bài giữ " + tag);
        var url = ContentRoutes.UrlOf(article);
        Assert.Contains("Bài giữ " + tag, await UncachedAsync(reader, url));

        // Behind the site's back (no content event, no feed row): the kept display still shows the old title.
        await CachedSite.InScopeAsync(site.Services, async sp =>
        {
            var db = sp.GetRequiredService<UstaOrchard.Core.Data.UstaDbContext>();
            foreach (var row in db.ContentItems.Where(x => x.ContentItemId == article.ContentItemId)) row.DisplayText = "Bài ngầm " + tag;
            return await db.SaveChangesAsync();
        });
        Assert.Contains("Bài giữ " + tag, await UncachedAsync(reader, url));

        await site.Services.RetitleAsync(article.ContentItemId, "Bài sửa " + tag);
        var html = await UncachedAsync(reader, url);
        Assert.Contains("Bài sửa " + tag, html);
        Assert.DoesNotContain("Bài giữ " + tag, html);
    }

    [Fact]
    public async Task ArticlePage_ShowsItsBodyEdit_ANewArticleOfItsCategory_AndACategoryRename_AtOnce()
    {
        await using var site = new UstaAppFactory(TestDatabase.Sqlite(), settings: FollowerIdle);
        var reader = site.CreateBrowser();
        var tag = "r" + Guid.NewGuid().ToString("N")[..8];
        // A category needs its CategoryPart to be indexed (and so shown in an article's breadcrumb).
        var category = await site.Services.WithContentsAsync(contents => contents.CreateAsync(contents.New(ContentTypes.Category)
            .Apply(new TitlePart { Title = "Chuyên mục " + tag }).Apply(new AutoroutePart { Path = "" }).Apply(new CategoryPart()), publish: true));
        var article = await site.Services.NewItemAsync(ArticlesStartup.ContentType, "Bài chính " + tag, categories: [category.ContentItemId]);
        var url = ContentRoutes.UrlOf(article);
        Assert.Contains("Chuyên mục " + tag, await UncachedAsync(reader, url));

        await site.Services.WithContentsAsync(async contents =>
        {
            var latest = (await contents.GetAsync(article.ContentItemId, VersionOptions.Latest))!;
            latest.Apply(new HtmlBodyPart { Html = "<p>Thân bài mới " + tag + "</p>" });
            Assert.True((await contents.SaveAndPublishAsync(latest)).Succeeded);
            return true;
        });
        Assert.Contains("Thân bài mới " + tag, await UncachedAsync(reader, url));

        // "Các tin khác" lists the category's other articles.
        var other = await site.Services.NewItemAsync(ArticlesStartup.ContentType, "Bài khác " + tag, categories: [category.ContentItemId]);
        Assert.Contains("Bài khác " + tag, await UncachedAsync(reader, url));
        await site.Services.RetitleAsync(other.ContentItemId, "Bài khác đã sửa " + tag);
        Assert.Contains("Bài khác đã sửa " + tag, await UncachedAsync(reader, url));
        Assert.True(await site.Services.WithContentsAsync(c => c.UnpublishAsync(other.ContentItemId)));
        Assert.DoesNotContain("Bài khác đã sửa " + tag, await UncachedAsync(reader, url));

        // The article's category link and breadcrumb.
        await site.Services.RetitleAsync(category.ContentItemId, "Chuyên mục mới " + tag);
        var html = await UncachedAsync(reader, url);
        Assert.Contains("Chuyên mục mới " + tag, html);

        Assert.True(await site.Services.WithContentsAsync(c => c.UnpublishAsync(article.ContentItemId)));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await reader.GetAsync(url + "?bench=1")).StatusCode);
    }

    [Fact]
    public async Task KeptDisplay_IsOnePerLanguage()
    {
        await using var site = new UstaAppFactory(TestDatabase.Sqlite(), settings: FollowerIdle);
        var reader = site.CreateBrowser();
        var article = await site.Services.NewItemAsync(ArticlesStartup.ContentType, "Bài hai thứ tiếng");
        var url = ContentRoutes.UrlOf(article);
        // The breadcrumb's JSON-LD names the home page in the reader's language (the menu has its own link).
        Assert.Contains("\"name\":\"Trang chủ\"", await UncachedAsync(reader, url));
        var (_, english) = await reader.ReadAsync(url + "?culture=en");
        Assert.Contains("\"name\":\"Home\"", english);
    }
}
