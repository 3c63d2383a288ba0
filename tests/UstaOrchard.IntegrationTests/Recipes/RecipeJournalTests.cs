using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Usta.Users;
using UstaOrchard.Core.Caching;
using UstaOrchard.Core.Recipes;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Recipes;

/// <summary>
/// The change journal and the preview on a real database and media folder: a preview lists exactly
/// what the apply that follows does and changes nothing; a recipe applied twice changes nothing the
/// second time; a failure at the very end leaves database and media as they were.
/// </summary>
public abstract class RecipeJournalTests : IAsyncLifetime
{
    private readonly JournalRecipe _recipe = new();
    private readonly Evictions _evictions = new();
    private TestSite _site = null!;

    /// <summary>Every tag this node's caches were told to drop (only committed changes may cause any).</summary>
    private sealed class Evictions : ICacheEvictionHandler
    {
        public ConcurrentQueue<string> Tags { get; } = new();

        public Task EvictAsync(IReadOnlyCollection<string> tags, CancellationToken cancellationToken)
        {
            foreach (var tag in tags) Tags.Enqueue(tag);
            return Task.CompletedTask;
        }
    }

    protected abstract TestDatabase NewDatabase();

    protected TestSite Site => _site;

    protected JournalRecipe Files => _recipe;

    public async Task InitializeAsync()
        => _site = await TestSite.CreateAsync(NewDatabase(), services: s => s.AddSingleton<ICacheEvictionHandler>(_evictions));

    public async Task DisposeAsync()
    {
        await _site.DisposeAsync();
        _recipe.Dispose();
    }

    [SkippableFact]
    public async Task Preview_ListsWhatTheApplyThenDoes_AndChangesNothing()
    {
        var recipe = await _recipe.WriteAsync(JournalRecipe.AllSteps());
        var database = await DatabaseSnapshot.TakeAsync(_site);
        var media = JournalRecipe.MediaSnapshot(_site);
        _evictions.Tags.Clear();

        var preview = await JournalRecipe.RunAsync(_site, recipe, dryRun: true);

        Assert.True(preview.DryRun);
        Assert.Equal(database, await DatabaseSnapshot.TakeAsync(_site));
        Assert.Equal(media, JournalRecipe.MediaSnapshot(_site));
        Assert.Empty(_evictions.Tags);

        var apply = await JournalRecipe.RunAsync(_site, recipe);

        Assert.False(apply.DryRun);
        Assert.Contains(CacheTags.All, _evictions.Tags);
        Assert.Equal(JournalRecipe.Describe(preview.Journal.Changes), JournalRecipe.Describe(apply.Journal.Changes));
        Assert.Equal(preview.Journal.Changes, apply.Journal.Changes);
        Assert.Equal("""
            1 ContentDefinition definition Created Notice ContentType Thông báo
            1 ContentDefinition definition Created Notice ContentPart
            2 Content content Created notice00000000000000000001 Notice Thông báo số 1
            2 Content content Created notice00000000000000000002 Notice Thông báo số 2
            2 Content content Created notice00000000000000000003 Notice Thông báo số 3
            3 Settings setting Updated SiteName
            3 Settings setting Updated PageSize
            4 Roles role Created Reviewer
            5 Users user Created reviewer1  Người thẩm định
            6 media media Created thong-bao/bia.png
            6 media media Created thong-bao/hop-mat.jpg
            7 lucene-index index Created Notices
            """.ReplaceLineEndings("\n"), JournalRecipe.Describe(apply.Journal.Changes));
        Assert.DoesNotContain(apply.Journal.Changes, c => $"{c.Key} {c.Title}".Contains(JournalRecipe.ReviewerPassword));
        Assert.Equal(JournalRecipe.Png, await File.ReadAllBytesAsync(Path.Combine(_site.DataPath, "Media", "thong-bao", "bia.png")));
        await _site.InScopeAsync(async sp =>
            Assert.NotNull(await sp.GetRequiredService<UserManager<UstaUser>>().FindByNameAsync("reviewer1")));
    }

    [SkippableFact]
    public async Task AppliedTwice_TheSecondJournalIsAllUnchanged_AndNothingChanges()
    {
        var recipe = await _recipe.WriteAsync(JournalRecipe.AllSteps());
        var first = await JournalRecipe.RunAsync(_site, recipe);
        var database = await DatabaseSnapshot.TakeAsync(_site);
        var media = JournalRecipe.MediaSnapshot(_site);

        var second = await JournalRecipe.RunAsync(_site, recipe);

        Assert.Equal(first.Journal.Changes.Select(c => (c.StepNumber, c.Subject, c.Key)), second.Journal.Changes.Select(c => (c.StepNumber, c.Subject, c.Key)));
        Assert.All(second.Journal.Changes, c => Assert.Equal(RecipeChangeKind.Unchanged, c.Kind));
        Assert.Equal(database, await DatabaseSnapshot.TakeAsync(_site));
        Assert.Equal(media, JournalRecipe.MediaSnapshot(_site));
    }

    [SkippableFact]
    public async Task ChangedFileAndSetting_AreUpdated_InPreviewAndApplyAlike()
    {
        await JournalRecipe.RunAsync(_site, await _recipe.WriteAsync(JournalRecipe.AllSteps()));
        var media = JournalRecipe.Media();
        media["Files"]![0]!["Base64"] = Convert.ToBase64String([.. JournalRecipe.Png, 1, 2, 3]);
        var settings = JournalRecipe.Settings();
        settings["PageSize"] = 20;
        var recipe = await _recipe.WriteAsync(settings, media);

        var preview = await JournalRecipe.RunAsync(_site, recipe, dryRun: true);
        var apply = await JournalRecipe.RunAsync(_site, recipe);

        Assert.Equal(preview.Journal.Changes, apply.Journal.Changes);
        Assert.Equal("""
            1 Settings setting Unchanged SiteName
            1 Settings setting Updated PageSize
            2 media media Updated thong-bao/bia.png
            2 media media Unchanged thong-bao/hop-mat.jpg
            """.ReplaceLineEndings("\n"), JournalRecipe.Describe(apply.Journal.Changes));
    }

    [SkippableFact]
    public async Task DeletedDefinitions_AreRecordedAsRemoved_AndAbsentOnesAreNotListed()
    {
        await JournalRecipe.RunAsync(_site, await _recipe.WriteAsync(JournalRecipe.Definitions()));
        var recipe = await _recipe.WriteAsync(JsonNode.Parse("""
            { "name": "DeleteContentDefinition", "ContentTypes": [ "Notice", "NoSuchType" ], "ContentParts": [ "Notice" ] }
            """)!.AsObject());

        var preview = await JournalRecipe.RunAsync(_site, recipe, dryRun: true);
        var apply = await JournalRecipe.RunAsync(_site, recipe);

        Assert.Equal(preview.Journal.Changes, apply.Journal.Changes);
        Assert.Equal("""
            1 DeleteContentDefinition definition Removed Notice ContentType
            1 DeleteContentDefinition definition Removed Notice ContentPart
            """.ReplaceLineEndings("\n"), JournalRecipe.Describe(apply.Journal.Changes));
    }

    /// <summary>A settings section is checked once every step has run: a preview checks it too, and refuses as the apply would.</summary>
    [SkippableFact]
    public async Task PreviewOfASettingsSectionItsModuleRefuses_IsRefusedLikeTheApply()
    {
        _site.Logs.Expect(e => e.Category.EndsWith(nameof(RecipeExecutor)));
        var recipe = await _recipe.WriteAsync(JsonNode.Parse("""
            { "name": "Settings", "SearchSettings": { "SearchIndex": "NoSuchIndex", "PageSize": 10, "ContentTypes": [] } }
            """)!.AsObject());
        var database = await DatabaseSnapshot.TakeAsync(_site);

        var preview = await Assert.ThrowsAsync<RecipeExecutionException>(() => JournalRecipe.RunAsync(_site, recipe, dryRun: true));
        var apply = await Assert.ThrowsAsync<RecipeExecutionException>(() => JournalRecipe.RunAsync(_site, recipe));

        Assert.Equal(apply.Message, preview.Message);
        Assert.Contains("NoSuchIndex", preview.Message);
        Assert.Equal(database, await DatabaseSnapshot.TakeAsync(_site));
    }
}

public sealed class SqliteRecipeJournalTests : RecipeJournalTests
{
    protected override TestDatabase NewDatabase() => TestDatabase.Sqlite();

    /// <summary>500 items, files and settings, then a bad step: nothing of it is left, in the database or the media folder.</summary>
    [Fact]
    public async Task FailureInTheLastStepOfALongRecipe_LeavesDatabaseAndMediaUntouched_AndProgressIsReported()
    {
        var site = Site;
        site.Logs.Expect(e => e.Category.EndsWith(nameof(RecipeExecutor)));
        var bad = JournalRecipe.Content([JournalRecipe.Notice(9999)]);
        // A date only the step reads (the validation before the run passes it): the step fails, late.
        bad["data"]![0]!["PublishedUtc"] = "hôm qua";
        var recipe = await Files.WriteAsync(JournalRecipe.Definitions(), JournalRecipe.Content(Enumerable.Range(1, 500).Select(JournalRecipe.Notice)),
            JournalRecipe.Settings(), JournalRecipe.Roles(), JournalRecipe.Users(), JournalRecipe.Media(), bad);
        var database = await DatabaseSnapshot.TakeAsync(site);
        var media = JournalRecipe.MediaSnapshot(site);
        var progress = new JournalRecipe.Reports();

        var error = await Assert.ThrowsAsync<RecipeExecutionException>(() => JournalRecipe.RunAsync(site, recipe, progress: progress));

        Assert.Equal(7, error.StepIndex);
        Assert.Equal("7", error.StepNumber);
        Assert.Contains("'hôm qua'", error.Message);
        Assert.Equal(database, await DatabaseSnapshot.TakeAsync(site));
        Assert.Equal(media, JournalRecipe.MediaSnapshot(site));
        Assert.Equal([1, 2, 3, 4, 5, 6, 7], progress.Seen.Where(p => p.ItemsDone == 0).Select(p => p.StepIndex));
        Assert.All(progress.Seen, p => Assert.Equal(7, p.StepCount));
        Assert.Equal(Enumerable.Range(1, 10).Select(i => i * 50), progress.Seen.Where(p => p.StepIndex == 2 && p.ItemsDone > 0).Select(p => p.ItemsDone));
    }
}

public sealed class PostgresRecipeJournalTests : RecipeJournalTests
{
    protected override TestDatabase NewDatabase() => TestDatabase.Postgres();
}
