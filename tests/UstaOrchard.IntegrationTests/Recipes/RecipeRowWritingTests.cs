using System.Data.Common;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using UstaOrchard.Core.Caching;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Recipes;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Recipes;

/// <summary>
/// A recipe's rows are written by statements prepared once (<see cref="SqliteRowInserter"/>), not by
/// SaveChanges: they must be exactly the rows SaveChanges writes for the same items, in every table a
/// content change touches. And a long recipe evicts every cached page once instead of each item's.
/// </summary>
public sealed class RecipeRowWritingTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 9, 15, 0, TimeSpan.Zero);

    // Two categories, articles in one or both, drafts, dirty HTML, a body picture, and one item that
    // comes with an older version kept as history (not a plain insert: SaveChanges writes it).
    private static string Recipe(int articles)
    {
        var items = new List<string>
        {
            """{ "ContentItemId": "cat0000000000000000000001", "ContentItemVersionId": "catv000000000000000000001", "ContentType": "Category", "DisplayText": "Khoa học", "Published": true, "Latest": true, "TitlePart": { "Title": "Khoa học" }, "CategoryPart": { "Order": 1, "ShowInMenu": true }, "AutoroutePart": {} }""",
            """{ "ContentItemId": "cat0000000000000000000002", "ContentItemVersionId": "catv000000000000000000002", "ContentType": "Category", "DisplayText": "Đời sống", "Published": true, "Latest": true, "TitlePart": { "Title": "Đời sống" }, "CategoryPart": { "Order": 2, "ShowInMenu": true }, "AutoroutePart": {} }""",
            """{ "ContentItemId": "hist000000000000000000001", "ContentItemVersionId": "histv00000000000000000001", "ContentType": "Article", "DisplayText": "Bản cũ", "Published": false, "Latest": false, "ModifiedUtc": "2024-01-01T00:00:00Z", "TitlePart": { "Title": "Bản cũ" }, "AutoroutePart": { "Path": "tin-tuc/ban-cu" }, "Article": { "Categories": { "TermContentItemIds": [] } } }""",
        };
        for (var i = 1; i <= articles; i++)
        {
            var categories = (i % 3) switch { 0 => "\"cat0000000000000000000001\", \"cat0000000000000000000002\"", 1 => "\"cat0000000000000000000001\"", _ => "" };
            items.Add($$"""
                { "ContentItemId": "row{{i:D22}}", "ContentItemVersionId": "rowv{{i:D21}}", "ContentType": "Article",
                  "DisplayText": "Tin thứ {{i}} về Đồng Nai", "Published": {{(i % 7 != 0 ? "true" : "false")}}, "Latest": true,
                  "CreatedUtc": "2025-05-{{i % 28 + 1:D2}}T01:00:00Z", "ModifiedUtc": "2025-05-{{i % 28 + 1:D2}}T02:00:00Z",
                  "PublishedUtc": "2025-05-{{i % 28 + 1:D2}}T03:00:00Z", "Owner": "admin", "Author": "admin",
                  "TitlePart": { "Title": "Tin thứ {{i}} về Đồng Nai" }, "AutoroutePart": { "Path": "tin-tuc/tin-thu-{{i}}" },
                  "HtmlBodyPart": { "Html": "<p onclick=\"x()\">Nội dung {{i}}</p><script>alert(1)</script><p><img src=\"/media/anh/hinh-{{i}}.jpg\" alt=\"Hình {{i}}\"></p>" },
                  "Article": { "Lead": { "Text": "Tóm tắt {{i}}" }, "Featured": { "Value": {{(i % 5 == 0 ? "true" : "false")}} }, "Categories": { "TermContentItemIds": [ {{categories}} ] } } }
                """);
        }
        items.Add("""{ "ContentItemId": "hist000000000000000000001", "ContentItemVersionId": "histv00000000000000000002", "ContentType": "Article", "DisplayText": "Bản mới", "Published": true, "Latest": true, "ModifiedUtc": "2024-02-01T00:00:00Z", "PublishedUtc": "2024-02-01T00:00:00Z", "TitlePart": { "Title": "Bản mới" }, "AutoroutePart": { "Path": "tin-tuc/ban-moi" }, "Article": { "Categories": { "TermContentItemIds": [ "cat0000000000000000000002" ] } } }""");
        return $$"""{ "name": "rows", "steps": [ { "name": "Content", "data": [ {{string.Join(",\n", items)}} ] } ] }""";
    }

    private static Task<TestSite> NewSiteAsync(CommandLog? log = null, EvictedTags? evicted = null) => TestSite.CreateAsync(TestDatabase.Sqlite(), services: s =>
    {
        s.AddSingleton<TimeProvider>(new FakeTimeProvider(Now));
        if (log is not null) s.AddSingleton<IInterceptor>(log);
        if (evicted is not null) s.AddSingleton<ICacheEvictionHandler>(evicted);
    }, settings: new Dictionary<string, string?>
    {
        // The change feed's follower stays asleep: what is evicted here, the recipe's own commit evicted.
        [CacheFeedFollower.IntervalKey] = "3600000",
    });

    private sealed class EvictedTags : ICacheEvictionHandler
    {
        public readonly System.Collections.Concurrent.ConcurrentBag<string> Tags = [];

        public Task EvictAsync(IReadOnlyCollection<string> tags, CancellationToken cancellationToken)
        {
            foreach (var tag in tags) Tags.Add(tag);
            return Task.CompletedTask;
        }
    }

    [SkippableFact]
    public async Task ARecipesRows_AreTheRowsSaveChangesWrites()
    {
        var recipe = Recipe(40);
        var log = new CommandLog();
        await using var applied = await NewSiteAsync(log);
        await using var imported = await NewSiteAsync();

        log.Clear();
        await applied.Services.GetRequiredService<RecipeExecutor>().ExecuteAsync(UstaOrchard.Core.Recipes.Recipe.Parse(recipe));
        // The same items through the content manager outside a recipe: SaveChanges writes every row.
        foreach (var node in JsonNode.Parse(recipe)!["steps"]![0]!["data"]!.AsArray())
        {
            var item = ContentItemJson.FromJson(node!.AsObject());
            var history = node["Latest"]!.GetValue<bool>() == false;
            await imported.InScopeAsync(sp => sp.GetRequiredService<ContentManager>().ImportAsync(item, history));
        }

        // Prepared statements wrote the index rows; EF only those of the item whose second version also
        // updates its list row (an update: SaveChanges).
        Assert.Single(log.Commands, c => c.Contains("INSERT INTO \"ArticleIndex\""));
        Assert.Contains(log.Commands, c => c.Contains("INSERT INTO \"ContentItems\""));
        var expected = await DumpAsync(imported);
        Assert.Contains("ArticleCategoryIndex", expected);
        Assert.Equal(expected, await DumpAsync(applied));
    }

    [SkippableFact]
    public async Task AnItemKeptOnlyAsHistory_IsInTheAdminListAndTheRecycleBin()
    {
        await using var site = await NewSiteAsync();

        // What an export holds of a removed item: its versions, none latest or published.
        await site.Services.GetRequiredService<RecipeExecutor>().ExecuteAsync(UstaOrchard.Core.Recipes.Recipe.Parse("""
            { "name": "removed", "steps": [ { "name": "Content", "data": [
              { "ContentItemId": "gone00000000000000000001", "ContentItemVersionId": "gonev0000000000000000001", "ContentType": "Article",
                "DisplayText": "Tin đã xoá", "Published": false, "Latest": false, "ModifiedUtc": "2024-01-01T00:00:00Z",
                "TitlePart": { "Title": "Tin đã xoá" }, "AutoroutePart": { "Path": "tin-tuc/tin-da-xoa" } } ] } ] }
            """));

        var row = await site.InScopeAsync(sp => sp.GetRequiredService<UstaDbContext>().Set<Usta.Contents.Listing.ContentListIndex>()
            .AsNoTracking().SingleOrDefaultAsync(x => x.ContentItemId == "gone00000000000000000001"));
        Assert.NotNull(row);
        Assert.NotNull(row.RemovedUtc);
    }

    [SkippableFact]
    public async Task ALongRecipe_EvictsEveryPageAtItsCommit_OnThisNode()
    {
        var evicted = new EvictedTags();
        await using var site = await NewSiteAsync(evicted: evicted);

        await site.Services.GetRequiredService<RecipeExecutor>().ExecuteAsync(UstaOrchard.Core.Recipes.Recipe.Parse(Recipe(RecipeEviction.ExactLimit + 20)));

        Assert.Contains(CacheTags.All, evicted.Tags);
        Assert.Contains(CacheTags.Item("row0000000000000000000001"), evicted.Tags);
    }

    [SkippableTheory]
    [InlineData(RecipeEviction.ExactLimit - 10, false)]
    [InlineData(RecipeEviction.ExactLimit + 20, true)]
    public async Task ALongRecipe_EvictsEveryPageOnce_AShortOneEachChangesPages(int articles, bool everyPage)
    {
        await using var site = await NewSiteAsync();
        var before = await site.InScopeAsync(sp => sp.GetRequiredService<UstaDbContext>().Set<CacheChange>().MaxAsync(x => (long?)x.Id)) ?? 0;

        await site.Services.GetRequiredService<RecipeExecutor>().ExecuteAsync(UstaOrchard.Core.Recipes.Recipe.Parse(Recipe(articles)));

        var rows = await site.InScopeAsync(sp => sp.GetRequiredService<UstaDbContext>().Set<CacheChange>().AsNoTracking()
            .Where(x => x.Id > before).OrderBy(x => x.Id).ToListAsync());
        var changes = articles + 4; // two categories, the history version and the item's new version
        if (everyPage)
        {
            Assert.Equal(RecipeEviction.ExactLimit + 1, rows.Count);
            Assert.Equal([CacheTags.All], rows[^1].TagList);
            Assert.DoesNotContain(rows.SkipLast(1), r => r.TagList.SequenceEqual([CacheTags.All]));
        }
        else
        {
            Assert.Equal(changes, rows.Count);
            Assert.DoesNotContain(rows, r => r.TagList.SequenceEqual([CacheTags.All]));
            Assert.Contains(rows, r => r.TagList.Contains(CacheTags.Item("row0000000000000000000001")));
        }
    }

    // Every table's rows in insert order, every column but the stamps a save draws at random.
    private static Task<string> DumpAsync(TestSite site) => site.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<UstaDbContext>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        }
        var text = new StringBuilder();
        // The cache feed differs by design (see the test above), the audit trail leaves a recipe's items out.
        foreach (var table in tables.Except(["CacheChanges", "AuditEvents"]))
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\" ORDER BY rowid";
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync()) text.AppendLine(table + ": " + Row(reader));
        }
        return text.ToString();
    });

    private static string Row(DbDataReader reader)
        => string.Join(" | ", Enumerable.Range(0, reader.FieldCount)
            .Where(i => reader.GetName(i) != "ConcurrencyStamp")
            .Select(i => $"{reader.GetName(i)}={(reader.IsDBNull(i) ? "null" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))}"));
}
