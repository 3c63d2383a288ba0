using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Usta.Articles;
using Usta.Contents;
using UstaOrchard.Core.Contents;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Contents;

/// <summary>
/// What a save sends to the database: its own rows, in a bounded number of statements, and
/// nothing for index tables of other types (bench/README.md has the figures before and after).
/// </summary>
public sealed class ContentStatementsTests
{
    // Measured: an article with a path and a category is 8 statements (path check, item, its three
    // index rows, the admin list's row and the item's taxonomy terms, its publication interval); an
    // import adds the lookup of a stored version. Issue 8 adds the search indexing task to each.
    // Issue 9 adds the published path kept for redirects (one upsert), the cache change-feed row, and
    // the feed's reads of the site's time zone and of the day's other articles. Before issue 5: about 20 each.
    // Issue 11 adds the audit trail's rows, one per event (created and published; an import outside a
    // recipe also records its saved version): recipes record one event per run instead.
    private const int ArticleCreateStatements = 16;
    // An import adds one lookup to a create: the version of that id, the item's latest or any other
    // version in one query (an item with only history versions is not new).
    private const int ArticleImportStatements = ArticleCreateStatements + 1;

    private static readonly string[] ArticleTables = ["\"ArticleIndex\"", "\"ArticleCategoryIndex\""];
    private static readonly string[] OtherTypesTables = ["\"LinkIndex\"", "\"CategoryIndex\"", "\"BulletinIndex\""];

    private static ContentItem NewArticle(ContentManager contents, string title)
    {
        var article = contents.New(ArticlesStartup.ContentType);
        article.Apply(new TitlePart { Title = title });
        article.Apply(new AutoroutePart { Path = "tin-tuc/" + Guid.NewGuid().ToString("N") });
        article.Alter<ArticlePart>(a => a.Categories.TermContentItemIds = ["category00000000000000001"]);
        return article;
    }

    private static async Task<(TestSite Site, CommandLog Log)> SiteAsync()
    {
        var log = new CommandLog();
        var site = await TestSite.CreateAsync(TestDatabase.Sqlite(), services: s => s.AddSingleton<IInterceptor>(log));
        return (site, log);
    }

    [Fact]
    public async Task ArticleCreate_WritesItsOwnRows_InBoundedStatements()
    {
        var (site, log) = await SiteAsync();
        await using var _ = site;

        var commands = await site.InScopeAsync(async sp =>
        {
            var contents = sp.GetRequiredService<ContentManager>();
            var article = NewArticle(contents, "Hội thảo chuyển đổi số");
            log.Clear();
            await contents.CreateAsync(article, publish: true);
            return log.Commands;
        });

        Assert.True(commands.Count <= ArticleCreateStatements, $"{commands.Count} statements:\n{string.Join("\n---\n", commands)}");
        Assert.All(ArticleTables, table => Assert.Contains(commands, c => c.Contains(table)));
        Assert.DoesNotContain(commands, c => OtherTypesTables.Any(c.Contains));
    }

    [Fact]
    public async Task ArticleImport_WritesItsOwnRows_InBoundedStatements()
    {
        var (site, log) = await SiteAsync();
        await using var _ = site;

        var commands = await site.InScopeAsync(async sp =>
        {
            var contents = sp.GetRequiredService<ContentManager>();
            var article = NewArticle(contents, "Tập huấn kỹ thuật trồng sầu riêng");
            article.Published = true;
            log.Clear();
            Assert.Equal(ContentImportStatus.Created, await contents.ImportAsync(article));
            return log.Commands;
        });

        Assert.True(commands.Count <= ArticleImportStatements, $"{commands.Count} statements:\n{string.Join("\n---\n", commands)}");
        Assert.DoesNotContain(commands, c => OtherTypesTables.Any(c.Contains));
    }

    [Fact]
    public async Task LinkSave_TouchesNoArticleTable()
    {
        var (site, log) = await SiteAsync();
        await using var _ = site;

        var commands = await site.InScopeAsync(async sp =>
        {
            var contents = sp.GetRequiredService<ContentManager>();
            var link = contents.New(ContentTypes.Link);
            link.Apply(new TitlePart { Title = "Liên hiệp các Hội KH&KT Việt Nam" });
            link.Apply(new LinkPart { Url = "https://vusta.vn", Group = "website", Order = 1 });
            var created = await contents.CreateAsync(link, publish: true);
            log.Clear();
            created.Alter<LinkPart>(l => l.Order = 2);
            await contents.SaveAndPublishAsync(created);
            return log.Commands;
        });

        Assert.Contains(commands, c => c.Contains("\"LinkIndex\""));
        Assert.DoesNotContain(commands, c => ArticleTables.Any(c.Contains) || c.Contains("\"CategoryIndex\"") || c.Contains("\"BulletinIndex\""));
    }
}
