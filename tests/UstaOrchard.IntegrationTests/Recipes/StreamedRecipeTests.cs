using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Usta.Articles;
using Usta.Contents;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Recipes;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Recipes;

/// <summary>
/// A recipe file whose items are read from the file one at a time keeps the rules of a recipe:
/// one transaction, a failure that names step and item, nothing changed when applied twice.
/// </summary>
public abstract class StreamedRecipeTests
{
    private const int Articles = 120;

    protected abstract TestDatabase NewDatabase();

    private static string WriteRecipe(string folder, int articles, string? lastItem = null, int? at = null)
    {
        var items = Enumerable.Range(1, articles).Select(i => $$"""
            { "ContentItemId": "streamed{{i:D18}}", "ContentItemVersionId": "streamedv{{i:D17}}", "ContentType": "Article",
              "DisplayText": "Tin số {{i}}", "Published": true, "Latest": true, "PublishedUtc": "2024-03-{{i % 28 + 1:D2}}T02:00:00Z",
              "TitlePart": { "Title": "Tin số {{i}}" }, "AutoroutePart": { "Path": "tin-tuc/tin-so-{{i}}" },
              "Article": { "Lead": { "Text": "[js: 'Tóm tắt ' + {{i}}]" }, "Categories": { "TermContentItemIds": [] } } }
            """);
        var all = items.ToList();
        if (lastItem is not null) all.Insert(at ?? all.Count, lastItem);
        var data = string.Join(",\n", all);
        var path = Path.Combine(folder, $"streamed-{Guid.NewGuid():N}.recipe.json");
        File.WriteAllText(path, $$"""
            { "name": "streamed", "steps": [
              { "name": "Settings", "SiteName": "Tên từ công thức lớn" },
              { "name": "Content", "data": [ {{data}} ] } ] }
            """, Encoding.UTF8);
        return path;
    }

    private static async Task<RecipeResult> ApplyFileAsync(TestSite site, string path)
        => await site.Services.GetRequiredService<RecipeExecutor>().ExecuteAsync(await Recipe.LoadAsync(path));

    [SkippableFact]
    public async Task FailureAtTheLastItem_LeavesTheDatabaseAsBefore_AndNamesTheItem()
    {
        await using var site = await TestSite.CreateAsync(NewDatabase());
        site.Logs.Expect(e => e.Category.EndsWith(nameof(RecipeExecutor)));
        var before = await DatabaseSnapshot.TakeAsync(site);
        // A date only the step reads: the validation lets it through, the step fails at the last item.
        var path = WriteRecipe(site.DataPath, Articles, """{ "ContentItemId": "lastbad0000000000000000001", "ContentType": "Article", "DisplayText": "Tập cuối", "PublishedUtc": "hôm qua" }""");

        var error = await Assert.ThrowsAsync<RecipeExecutionException>(() => ApplyFileAsync(site, path));

        Assert.Equal(2, error.StepIndex);
        Assert.Contains("lastbad0000000000000000001", error.Item);
        Assert.Contains("'hôm qua'", error.Message);
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(site));
    }

    [SkippableFact]
    public async Task FailureInTheMiddle_WhileLaterItemsAreReadAhead_NamesThatItem_AndSavesNothing()
    {
        await using var site = await TestSite.CreateAsync(NewDatabase());
        site.Logs.Expect(e => e.Category.EndsWith(nameof(RecipeExecutor)));
        var before = await DatabaseSnapshot.TakeAsync(site);
        // Items are read a few dozen ahead of the one saved: the failure must still come at its place.
        var path = WriteRecipe(site.DataPath, Articles, """{ "ContentItemId": "middlebad00000000000000001", "ContentType": "Article", "DisplayText": "Tập giữa", "PublishedUtc": "hôm kia" }""", at: 61);

        var error = await Assert.ThrowsAsync<RecipeExecutionException>(() => ApplyFileAsync(site, path));

        Assert.Contains("middlebad00000000000000001", error.Item);
        Assert.Contains("'hôm kia'", error.Message);
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(site));
    }

    [SkippableFact]
    public async Task AppliedTwice_ReportsEveryItemUnchanged_AndChangesNothing()
    {
        await using var site = await TestSite.CreateAsync(NewDatabase());
        var path = WriteRecipe(site.DataPath, Articles);

        var first = await ApplyFileAsync(site, path);
        var after = await DatabaseSnapshot.TakeAsync(site);
        var second = await ApplyFileAsync(site, path);

        Assert.StartsWith($"tạo mới {Articles}, cập nhật 0, giữ nguyên 0", first.Steps[1].Summary);
        Assert.StartsWith($"tạo mới 0, cập nhật 0, giữ nguyên {Articles}", second.Steps[1].Summary);
        Assert.Equal(after, await DatabaseSnapshot.TakeAsync(site));
        var seventh = await site.InScopeAsync(sp => sp.GetRequiredService<ContentRoutes>().FindPublishedAsync("tin-tuc/tin-so-7", default));
        Assert.Equal("Tóm tắt 7", seventh!.As<ArticlePart>()!.Lead.Text);
    }

    [SkippableFact]
    public async Task ManyItems_KeepTheChangeTrackerSmall_SoEachItemCostsTheSame()
    {
        var probe = new TrackedEntries();
        await using var site = await TestSite.CreateAsync(NewDatabase(), services: s =>
        {
            s.AddSingleton(probe);
            s.AddScoped<IContentHandler, TrackedEntries.Handler>();
        });

        await ApplyFileAsync(site, WriteRecipe(site.DataPath, Articles));

        // Change detection walks every tracked entry on every save: entries left from earlier items
        // made a 10,000-article import quadratic. Here the tracker holds one item's rows at a time.
        Assert.Equal(Articles, probe.Items);
        Assert.True(probe.Most < 20, $"the change tracker held {probe.Most} entries while an item was saved");
    }

    private sealed class TrackedEntries
    {
        public int Items;
        public int Most;

        public sealed class Handler(TrackedEntries probe, UstaDbContext db) : IContentHandler
        {
            public Task CreatedAsync(ContentContext context)
            {
                probe.Items++;
                probe.Most = Math.Max(probe.Most, db.ChangeTracker.Entries().Count());
                return Task.CompletedTask;
            }
        }
    }
}

public sealed class SqliteStreamedRecipeTests : StreamedRecipeTests
{
    protected override TestDatabase NewDatabase() => TestDatabase.Sqlite();
}

public sealed class PostgresStreamedRecipeTests : StreamedRecipeTests
{
    protected override TestDatabase NewDatabase() => TestDatabase.Postgres();
}
