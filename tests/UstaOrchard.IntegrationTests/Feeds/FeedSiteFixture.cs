using Microsoft.Extensions.DependencyInjection;
using Usta.Articles;
using Usta.Contents;
using Usta.Contents.Sitemap;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Settings;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Feeds;

/// <summary>
/// A usta-setup site that knows its address (the BaseUrl setting, stored as data: so the host answers
/// any Host header and a test can prove none leaks) and splits its sitemap every 5 URLs.
/// </summary>
public abstract class FeedSiteFixture(TestDatabase database) : IAsyncLifetime
{
    public const string BaseUrl = "https://lienhiephoi.example";
    public const int UrlsPerFile = 5;

    public UstaAppFactory Factory { get; } = new(database,
        services: s => s.AddSingleton(new SitemapOptions { UrlsPerFile = UrlsPerFile }));

    public async Task InitializeAsync()
    {
        Factory.CreateClient().Dispose();
        await Factory.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<SiteService>().UpdateAsync(s => s.BaseUrl = BaseUrl);
            return true;
        });
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    public Task<ContentItem> ArticleAsync(string title, DateTime publishedUtc, bool publish = true, string? lead = null, string? image = null,
        params string[] categories)
        => Factory.InScopeAsync(async sp =>
        {
            var contents = sp.GetRequiredService<ContentManager>();
            var article = contents.New(ArticlesStartup.ContentType).Apply(new TitlePart { Title = title }).Apply(new AutoroutePart());
            article.Alter<ArticlePart>(a =>
            {
                a.Categories.TermContentItemIds = [.. categories];
                a.Lead.Text = lead ?? "Tóm tắt của " + title;
                if (image is not null) a.Image.Paths = [image];
            });
            article.PublishedUtc = publishedUtc;
            return await contents.CreateAsync(article, publish);
        });

    public Task<ContentItem> CategoryAsync(string title, string path) => Factory.InScopeAsync(async sp =>
    {
        var contents = sp.GetRequiredService<ContentManager>();
        var category = contents.New(ContentTypes.Category).Apply(new TitlePart { Title = title }).Apply(new AutoroutePart { Path = path })
            .Apply(new CategoryPart { ShowInMenu = false });
        return await contents.CreateAsync(category, publish: true);
    });

    public Task<ContentItem> PageAsync(string title, string path) => Factory.InScopeAsync(async sp =>
    {
        var contents = sp.GetRequiredService<ContentManager>();
        var page = contents.New(ContentTypes.Page).Apply(new TitlePart { Title = title }).Apply(new AutoroutePart { Path = path });
        return await contents.CreateAsync(page, publish: true);
    });
}

public sealed class SqliteFeedSite() : FeedSiteFixture(TestDatabase.Sqlite());

public sealed class PostgresFeedSite() : FeedSiteFixture(TestDatabase.Postgres());

[CollectionDefinition(Name)]
public sealed class SqliteFeedSiteCollection : ICollectionFixture<SqliteFeedSite>
{
    public const string Name = "Feed site (SQLite)";
}

[CollectionDefinition(Name)]
public sealed class PostgresFeedSiteCollection : ICollectionFixture<PostgresFeedSite>
{
    public const string Name = "Feed site (PostgreSQL)";
}
