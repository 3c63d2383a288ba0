using System.Text.Json.Nodes;
using UstaOrchard.Core.Recipes;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Recipes;

/// <summary>
/// Orchard's <c>recipes</c> step: the named recipes (from the recipe folder) run inside the same run,
/// journal and transaction, numbered under the step; cycles, depth and paths are refused.
/// </summary>
public sealed class RecipesStepTests : IAsyncLifetime
{
    private readonly JournalRecipe _files = new();
    private TestSite _site = null!;

    public async Task InitializeAsync()
    {
        Write("child", JournalRecipe.Settings(), JournalRecipe.Content([JournalRecipe.Notice(1)]));
        Write("loop-a", Include("loop-b"));
        Write("loop-b", Include("loop-a"));
        Write("self", Include("self"));
        var bad = JournalRecipe.Content([JournalRecipe.Notice(2)]);
        bad["data"]![0]!["ContentType"] = "Podcast";
        Write("broken-child", JournalRecipe.Roles(), bad);
        for (var i = 1; i <= 7; i++) Write($"deep-{i}", Include($"deep-{i + 1}"));
        // Found by the name inside it, as Orchard does, though its file is called otherwise.
        Write("other-file-name", JournalRecipe.Roles());
        File.WriteAllText(Path.Combine(_files.Folder, "other-file-name.recipe.json"),
            File.ReadAllText(Path.Combine(_files.Folder, "other-file-name.recipe.json")).Replace("\"other-file-name\"", "\"named-inside\""));
        _site = await TestSite.CreateAsync(TestDatabase.Sqlite(), settings: new Dictionary<string, string?> { ["Setup:RecipesPath"] = _files.Folder });
    }

    public async Task DisposeAsync()
    {
        await _site.DisposeAsync();
        _files.Dispose();
    }

    private static JsonObject Include(params string[] names) => new()
    {
        ["name"] = "recipes",
        ["Values"] = new JsonArray(names.Select(n => (JsonNode?)new JsonObject { ["executionid"] = "usta", ["name"] = n }).ToArray()),
    };

    private void Write(string name, params JsonObject[] steps)
    {
        var root = new JsonObject { ["name"] = name, ["steps"] = new JsonArray(steps.ToArray<JsonNode?>()) };
        File.WriteAllText(Path.Combine(_files.Folder, name + ".recipe.json"), root.ToJsonString());
    }

    private Task<RecipeResult> ApplyAsync(bool dryRun, params JsonObject[] steps)
        => _files.WriteAsync(steps).ContinueWith(t => JournalRecipe.RunAsync(_site, t.Result, dryRun)).Unwrap();

    private async Task<RecipeExecutionException> RefusedAsync(params JsonObject[] steps)
    {
        _site.Logs.Expect(e => e.Category.EndsWith(nameof(RecipeExecutor)));
        var database = await DatabaseSnapshot.TakeAsync(_site);
        var error = await Assert.ThrowsAsync<RecipeExecutionException>(() => ApplyAsync(false, steps));
        Assert.Equal(database, await DatabaseSnapshot.TakeAsync(_site));
        return error;
    }

    [Fact]
    public async Task IncludedRecipe_RunsInTheSameRun_NumberedUnderItsStep()
    {
        var steps = new[] { JournalRecipe.Definitions(), Include("child", "named-inside"), JournalRecipe.Users() };
        var database = await DatabaseSnapshot.TakeAsync(_site);

        var preview = await ApplyAsync(true, steps);
        Assert.Equal(database, await DatabaseSnapshot.TakeAsync(_site));
        var apply = await ApplyAsync(false, steps);

        Assert.Equal(preview.Journal.Changes, apply.Journal.Changes);
        Assert.Equal("""
            1 ContentDefinition definition Created Notice ContentType Thông báo
            1 ContentDefinition definition Created Notice ContentPart
            2.1 Settings setting Updated SiteName
            2.1 Settings setting Updated PageSize
            2.2 Content content Created notice00000000000000000001 Notice Thông báo số 1
            2.3 Roles role Created Reviewer
            3 Users user Created reviewer1  Người thẩm định
            """.ReplaceLineEndings("\n"), JournalRecipe.Describe(apply.Journal.Changes));
        Assert.All(apply.Journal.Changes.Where(c => c.StepNumber.StartsWith("2.")), c => Assert.Equal(2, c.StepIndex));
        Assert.Equal(["1", "2", "2.1", "2.2", "2.3", "3"], apply.Steps.Select(s => s.StepNumber));
    }

    [Fact]
    public async Task FailureInAnIncludedRecipe_NamesItsStep_AndUndoesEverything()
    {
        var error = await RefusedAsync(JournalRecipe.Settings(), Include("broken-child"));

        Assert.Equal(2, error.StepIndex);
        Assert.Equal("2.2", error.StepNumber);
        Assert.Contains("Bước 2.2 (Content)", error.Message);
        Assert.Contains("'Podcast'", error.Message);
    }

    [Theory]
    [InlineData("loop-a", "2.1.1", "loop-a -> loop-b -> loop-a")]
    [InlineData("self", "2.1", "self -> self")]
    public async Task RecipesIncludingThemselves_AreRefused_NamingTheCycle(string name, string number, string cycle)
    {
        var error = await RefusedAsync(JournalRecipe.Settings(), Include(name));

        Assert.Equal(number, error.StepNumber);
        Assert.Contains(cycle, error.Message);
    }

    [Fact]
    public async Task DeepInclusions_AreRefusedBelowFiveLevels()
    {
        var error = await RefusedAsync(Include("deep-1"));

        Assert.Equal("1.1.1.1.1.1", error.StepNumber);
        Assert.Contains("5", error.Reason);
        Assert.Contains("deep-5 -> deep-6", error.Reason);
    }

    [Theory]
    [InlineData("../journal")]
    [InlineData("/etc/passwd")]
    [InlineData("no-such-recipe")]
    public async Task NamesThatAreNotShippedRecipes_AreRefused(string name)
    {
        var error = await RefusedAsync(Include(name));

        Assert.Equal("1", error.StepNumber);
        Assert.Equal(name, error.Item);
    }
}
