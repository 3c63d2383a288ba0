using System.Text;
using Microsoft.Extensions.DependencyInjection;
using UstaOrchard.Core.Recipes;
using UstaOrchard.Core.Recipes.Validation;
using UstaOrchard.Core.Settings;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Recipes;

/// <summary>The site the validation checks against: set up from the setup recipe (its types, its seed items).</summary>
public sealed class ValidationSiteFixture : IAsyncLifetime
{
    public TestSite Site { get; private set; } = null!;

    public async Task InitializeAsync() => Site = await TestSite.CreateAsync(TestDatabase.Sqlite(), setUp: true);

    public async Task DisposeAsync() => await Site.DisposeAsync();
}

/// <summary>
/// A recipe is checked whole before anything runs: every problem reported at once with its place
/// (step, item, path inside the item, line in the file), against the recipe itself and the site.
/// </summary>
public sealed class RecipeValidationTests(ValidationSiteFixture fixture) : IClassFixture<ValidationSiteFixture>
{
    // A seed category of the setup recipe: an item of the site, not of the recipes below.
    private const string SiteCategory = "qaegp1smyhztfqn90my137vxp9";

    private TestSite Site => fixture.Site;

    private async Task<IReadOnlyList<RecipeIssue>> ValidateAsync(Recipe recipe, RecipeOptions? options = null)
        => await Site.InScopeAsync(sp => sp.GetRequiredService<RecipeValidator>().ValidateAsync(recipe, options));

    private string WriteFile(string json)
    {
        var path = Path.Combine(Site.DataPath, $"validation-{Guid.NewGuid():N}.recipe.json");
        File.WriteAllText(path, json, new UTF8Encoding(false));
        return path;
    }

    private static long LineOf(string json, string marker)
        => json[..json.IndexOf(marker, StringComparison.Ordinal)].Count(c => c == '\n') + 1;

    private const string ManyProblems = """
        { "name": "many-problems",
          "steps": [
            { "SiteName": "a step without a name" },
            { "name": "feature", "enable": [] },
            { "name": "ContentDefinition", "ContentTypes": [ { "Name": "Podcast2" }, { "DisplayName": "Không tên" } ] },
            { "name": "media", "Files": [ { "TargetPath": "../thoat.jpg", "Base64": "AAAA" }, { "TargetPath": "anh/ok.jpg", "SourcePath": "khong-co.jpg" } ] },
            { "name": "Content", "data": [
              { "ContentItemId": "okpage", "ContentItemVersionId": "v-dup", "ContentType": "Page", "DisplayText": "OK" },
              { "ContentItemId": "notype", "DisplayText": "Không có loại" },
              { "ContentItemId": "podcast1", "ContentType": "Podcast", "DisplayText": "Loại lạ" },
              { "ContentItemId": "podcast2", "ContentType": "Podcast2", "DisplayText": "Loại của công thức" },
              { "ContentItemId": "dup", "ContentItemVersionId": "v-dup", "ContentType": "Page", "DisplayText": "Trùng phiên bản" },
              { "ContentItemId": "refs", "ContentType": "Article", "DisplayText": "Tham chiếu",
                "Article": { "Image": { "Paths": [ "/etc/passwd" ] }, "Categories": { "TaxonomyContentItemId": "", "TermContentItemIds": [ "qaegp1smyhztfqn90my137vxp9", "khongco-term" ] } },
                "ContainedPart": { "ListContentItemId": "khongco-list" }, "CategoryPart": { "ParentContentItemId": "later" } },
              { "ContentItemId": "later", "ContentType": "Category", "DisplayText": "Định nghĩa sau" },
              { "ContentItemId": "picker", "ContentType": "Bulletin", "DisplayText": "Chọn", "BulletinPart": { "Articles": { "ContentItemIds": [ "okpage", "khongco-picked" ] } } }
            ] },
            { "name": "Settings" },
            { "name": "Roles", "Roles": [ { "Permissions": [] } ] },
            { "name": "Users", "Users": [ { "Email": "a@example.org" } ] }
          ] }
        """;

    [Fact]
    public async Task EveryProblem_IsReportedAtOnce_WithItsPlace()
    {
        var issues = await ValidateAsync(await Recipe.LoadAsync(WriteFile(ManyProblems)));

        RecipeIssue Find(string? item, string? path) => Assert.Single(issues, i => i.Item == item && i.Path == path);

        Assert.Equal(15, issues.Count);
        Assert.Contains("\"name\"", Assert.Single(issues, i => i.StepIndex == 1).Message);
        Assert.Contains("'feature'", Assert.Single(issues, i => i.StepIndex == 2).Message);
        Assert.Equal(3, Find(null, "ContentTypes[1].Name").StepIndex);

        var outside = Find("../thoat.jpg", "Files[0].TargetPath");
        Assert.Equal((4, "media"), (outside.StepIndex, outside.StepName));
        Assert.Contains("'..'", outside.Message);
        Assert.Contains("không có tệp 'khong-co.jpg' trong thư mục của công thức", Find("anh/ok.jpg", "Files[1].SourcePath").Message);

        var noType = Find("notype", "ContentType");
        Assert.Equal((5, "Content", LineOf(ManyProblems, "\"notype\"")), (noType.StepIndex, noType.StepName, noType.Line));
        Assert.NotNull(noType.Column);
        var unknownType = Find("podcast1", "ContentType");
        Assert.Contains("'Podcast'", unknownType.Message);
        Assert.Equal(LineOf(ManyProblems, "\"podcast1\""), unknownType.Line);
        var duplicate = Find("dup", "ContentItemVersionId");
        Assert.Contains("'okpage'", duplicate.Message);
        Assert.Contains("'/etc/passwd'", Find("refs", "Article.Image.Paths[0]").Message);

        Assert.Contains("'khongco-term'", Find("refs", "Article.Categories.TermContentItemIds[1]").Message);
        Assert.Contains("'khongco-list'", Find("refs", "ContainedPart.ListContentItemId").Message);
        var picked = Find("picker", "BulletinPart.Articles.ContentItemIds[1]");
        Assert.Contains("'khongco-picked'", picked.Message);
        Assert.Equal(LineOf(ManyProblems, "\"picker\""), picked.Line);

        Assert.Equal(6, Assert.Single(issues, i => i.StepName == "Settings").StepIndex);
        Assert.Equal(7, Find("Roles[0]", "Roles[0].Name").StepIndex);
        Assert.Equal(8, Find("Users[0]", "Users[0].UserName").StepIndex);

        // The site's item, an item later in the recipe and a type an earlier step defines are not problems.
        Assert.DoesNotContain(issues, i => i.Message.Contains(SiteCategory) || i.Message.Contains("'later'") || i.Message.Contains("Podcast2"));
    }

    [Fact]
    public async Task UnknownStep_IsNoProblem_WhenTheOperatorSkipsUnknownSteps()
    {
        var recipe = Recipe.Parse("""{ "steps": [ { "name": "feature", "enable": [] }, { "name": "themes" }, { "name": "Settings", "SiteName": "A" } ] }""");

        Assert.Equal(2, (await ValidateAsync(recipe)).Count);
        Assert.Empty(await ValidateAsync(recipe, new RecipeOptions { SkipUnknownSteps = true }));
    }

    [Theory]
    [InlineData("usta-setup.recipe.json")]
    [InlineData("blank.recipe.json")]
    [InlineData("fixture:small.recipe.json")]
    [InlineData("fixture:counted-setup.recipe.json")]
    [InlineData("fixture:broken.recipe.json")]
    public async Task ShippedAndTestRecipes_HaveNoProblem(string name)
    {
        var path = name.StartsWith("fixture:") ? Paths.Fixture(name["fixture:".Length..]) : Path.Combine(Paths.Recipes, name);
        var issues = await ValidateAsync(await Recipe.LoadAsync(path), new RecipeOptions { SkipUnknownSteps = name.Contains("counted") });

        Assert.True(issues.Count == 0, string.Join("\n", issues.Select(RecipeIssueText.Describe)));
    }

    [Fact]
    public async Task ARecipeGivenAsText_HasPlacesWithoutLines()
    {
        var issue = Assert.Single(await ValidateAsync(Recipe.Parse("""{ "steps": [ { "name": "Content", "data": [ { "ContentItemId": "x1", "DisplayText": "A" } ] } ] }""")));

        Assert.Equal((1, "x1", "ContentType", (long?)null), (issue.StepIndex, issue.Item, issue.Path, issue.Line));
    }

    [Fact]
    public async Task ManyProblems_AreCapped_AndTheRestCounted()
    {
        var items = string.Join(",\n", Enumerable.Range(0, 230).Select(i => $$"""{ "DisplayText": "Mục {{i}}" }"""));
        var recipe = await Recipe.LoadAsync(WriteFile($$"""{ "steps": [ { "name": "Content", "data": [ {{items}} ] } ] }"""));

        var error = await Assert.ThrowsAsync<RecipeValidationException>(() =>
            Site.InScopeAsync(sp => sp.GetRequiredService<RecipeValidator>().ThrowIfInvalidAsync(recipe)));

        Assert.Equal(RecipeValidationState.MaxIssues + 1, error.Issues.Count);
        Assert.Equal("data[199]", error.Issues[199].Item);
        Assert.Equal("… và 30 lỗi khác", error.Issues[^1].Message);
        Assert.Equal("Công thức có 230 lỗi nên chưa được áp dụng.", error.Message);
    }

    [Fact]
    public async Task References_AreLookedUpInBatches_FindingSiteItemsInAnyBatch()
    {
        // 1,100 ids: three batches; the site's two items are in the first and the last.
        var ids = Enumerable.Range(0, 1100).Select(i => $"khongco{i:D6}").ToArray();
        ids[0] = SiteCategory;
        ids[^1] = "9a11j11at4t731xwmsr60ehxnq";
        var picked = string.Join(", ", ids.Select(id => $"\"{id}\""));
        var recipe = await Recipe.LoadAsync(WriteFile($$"""
            { "steps": [ { "name": "Content", "data": [
              { "ContentItemId": "picker", "ContentType": "Bulletin", "DisplayText": "Chọn", "BulletinPart": { "Articles": { "ContentItemIds": [ {{picked}} ] } } } ] } ] }
            """));

        var error = await Assert.ThrowsAsync<RecipeValidationException>(() =>
            Site.InScopeAsync(sp => sp.GetRequiredService<RecipeValidator>().ThrowIfInvalidAsync(recipe)));

        Assert.Equal("Công thức có 1098 lỗi nên chưa được áp dụng.", error.Message);
        Assert.Equal("BulletinPart.Articles.ContentItemIds[1]", error.Issues[0].Path);
        Assert.DoesNotContain(error.Issues, i => i.Message.Contains(SiteCategory) || i.Message.Contains("9a11j11at4t731xwmsr60ehxnq"));
    }

    [Fact]
    public async Task TheExecutor_RefusesAnInvalidRecipe_BeforeAnyStepRuns()
    {
        var before = await DatabaseSnapshot.TakeAsync(Site);
        var recipe = Recipe.Parse("""
            { "steps": [ { "name": "Settings", "SiteName": "Không được lưu" },
              { "name": "Content", "data": [ { "ContentItemId": "x1", "ContentType": "Podcast" }, { "ContentItemId": "x2" } ] } ] }
            """);

        var error = await Assert.ThrowsAsync<RecipeValidationException>(() =>
            Site.Services.GetRequiredService<RecipeExecutor>().ExecuteAsync(recipe, new RecipeOptions { DryRun = true }));
        await Assert.ThrowsAsync<RecipeValidationException>(() => Site.Services.GetRequiredService<RecipeExecutor>().ExecuteAsync(recipe));

        Assert.Equal(["x2", "x1"], error.Issues.Select(i => i.Item));
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(Site));
        Assert.NotEqual("Không được lưu", (await Site.InScopeAsync(sp => sp.GetRequiredService<SiteService>().GetAsync())).SiteName);
    }
}

/// <summary>A <c>recipes</c> step brings other recipes' types and items, which the validation cannot see.</summary>
public sealed class RecipeValidationAfterRecipesStepTests
{
    // Stands in for the step that runs other recipes: only its name matters to the validation.
    private sealed class OtherRecipesStep : IRecipeStepHandler
    {
        public string Name => "recipes";

        public Task<string> ExecuteAsync(RecipeStepContext context) => Task.FromResult("");
    }

    [Fact]
    public async Task TypesAfterARecipesStep_AndReferencesAnywhere_AreNotReported()
    {
        await using var site = await TestSite.CreateAsync(TestDatabase.Sqlite(), services: s => s.AddRecipeStep<OtherRecipesStep>());
        const string content = """{ "name": "Content", "data": [ { "ContentItemId": "bp1", "ContentType": "BlogPost", "BlogPost": { "Blog": { "ContentItemIds": [ "blog1" ] } } } ] }""";

        var before = await site.InScopeAsync(sp => sp.GetRequiredService<RecipeValidator>().ValidateAsync(
            Recipe.Parse($$"""{ "steps": [ {{content}}, { "name": "recipes", "Values": [] } ] }""")));
        var after = await site.InScopeAsync(sp => sp.GetRequiredService<RecipeValidator>().ValidateAsync(
            Recipe.Parse($$"""{ "steps": [ { "name": "recipes", "Values": [] }, {{content}} ] }""")));

        // A reference made before the other recipes run may still be to one of their items; a type must exist when used.
        Assert.Equal("ContentType", Assert.Single(before).Path);
        Assert.Empty(after);
    }
}
