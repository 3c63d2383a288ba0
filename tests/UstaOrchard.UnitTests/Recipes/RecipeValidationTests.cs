using System.Globalization;
using System.Text;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Usta.Media;
using Usta.Media.Recipes;
using Usta.Users;
using UstaOrchard.Core.Localization;
using UstaOrchard.Core.Media;
using UstaOrchard.Core.Recipes;
using UstaOrchard.Core.Recipes.Validation;

namespace UstaOrchard.UnitTests.Recipes;

/// <summary>
/// What the validation finds without a site: JSON syntax with line and column, each step's own
/// rules, the places of items in a file. (The site's types and items: the integration tests.)
/// </summary>
public sealed class RecipeValidationTests : IDisposable
{
    private static readonly JsonStringLocalizerFactory Strings = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("usta-validation-").FullName;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

    // The messages are checked in the operators' language.
    public RecipeValidationTests() => CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("vi-VN");

    public void Dispose()
    {
        CultureInfo.CurrentUICulture = _uiCulture;
        Directory.Delete(_folder, recursive: true);
    }

    private static IStringLocalizer<T> S<T>() => new StringLocalizer<T>(Strings);

    private string Write(string json, string name = "r.recipe.json")
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, json, new UTF8Encoding(false));
        return path;
    }

    // The validator's own walk over a step and its data list, without the site's part at the end.
    private static async Task<RecipeValidationState> RunAsync(Recipe recipe, params IRecipeStepValidator[] validators)
    {
        var state = new RecipeValidationState();
        for (var index = 1; index <= recipe.Steps.Count; index++)
        {
            var name = recipe.Steps[index - 1]["name"]!.GetValue<string>();
            foreach (var validator in validators.Where(v => string.Equals(v.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                var items = recipe.ReadDataWithPositions(index);
                var check = new RecipeStepCheck(recipe, index, name, Recipe.WithoutData(recipe.Steps[index - 1]), items is not null, state);
                await validator.ValidateStepAsync(check, default);
                if (items is null) continue;
                var position = 0;
                await foreach (var item in items) validator.ValidateItem(check, item.Item, new RecipeItemPlace(position++, item.Line, item.Column));
            }
        }
        return state;
    }

    private static ContentStepValidator Content() => new(new ContentItemReferences(new MediaPathMessages(S<MediaPathMessages>())), S<ContentStepValidator>());

    private static MediaStepValidator Media()
        => new(new MediaPathMessages(S<MediaPathMessages>()), new RecipeMediaRules(Options.Create(new MediaOptions())), S<MediaStartup>());

    [Fact]
    public void InvalidJsonInAParsedRecipe_SaysLineAndColumn()
    {
        const string json = "{ \"steps\": [\n  { \"name\": \"Settings\",\n    \"SiteName\": \"Tên\" \"Description\": \"B\" } ] }";

        var error = Assert.Throws<RecipeFormatException>(() => Recipe.Parse(json));

        Assert.Equal(3, error.Line);
        Assert.Equal(Encoding.UTF8.GetByteCount("    \"SiteName\": \"Tên\" ") + 1, error.Column);
        Assert.Contains($"dòng 3, vị trí {error.Column}", error.Message);
        Assert.Equal((3L, error.Column), (error.Issue.Line!.Value, error.Issue.Column));
    }

    [Fact]
    public async Task InvalidJsonDeepInAStreamedDataList_SaysItsLineAndColumn()
    {
        // 3,000 items on their own lines (far beyond the reader's 64 KiB buffer); item 2,500 lacks a comma.
        var lines = new List<string> { "{ \"name\": \"deep\",", "  \"steps\": [ { \"name\": \"Content\", \"data\": [" };
        for (var i = 0; i < 3000; i++)
        {
            var separator = i == 2500 ? " " : ", ";
            lines.Add($"    {{ \"ContentItemId\": \"item{i:D6}\", \"ContentType\": \"Article\"{separator}\"DisplayText\": \"Tin số {i} – một tiêu đề\" }}" + (i < 2999 ? "," : ""));
        }
        lines.Add("  ] } ] }");
        var path = Write(string.Join("\n", lines));

        var error = await Assert.ThrowsAsync<RecipeFormatException>(() => Recipe.LoadAsync(path));

        Assert.Equal(2503, error.Line);
        Assert.Equal(lines[2502].IndexOf("\"DisplayText\"", StringComparison.Ordinal) + 1, error.Column);
    }

    [Fact]
    public async Task ItemsOfAFile_ComeWithTheirLineAndColumn_AcrossTheReadersRefills()
    {
        var big = new string('x', 100_000);
        var path = Write($$"""
            { "name": "places",
              "steps": [ { "name": "Settings", "SiteName": "A" },
                { "name": "Content", "data": [
                  { "n": 0, "t": "{{big}}" },
                  { "n": 1 }, { "n": 2, "t": "Đồng Nai {{big}}" },
                  { "n": 3 }
                ] } ] }
            """);
        var recipe = await Recipe.LoadAsync(path);

        var places = new List<(long?, long?)>();
        await foreach (var item in recipe.ReadDataWithPositions(2)!) places.Add((item.Line, item.Column));

        Assert.Equal([(4, 7), (5, 7), (5, 19), (6, 7)], places);
        Assert.Null(recipe.ReadDataWithPositions(1));
    }

    [Fact]
    public async Task ContentItems_WithoutTypeOrWithADuplicateVersion_OrAMediaPathOutside_AreEachReported()
    {
        var recipe = await Recipe.LoadAsync(Write("""
            { "steps": [
              { "name": "Content", "data": [
                { "ContentItemId": "a1", "ContentItemVersionId": "v1", "ContentType": "Article" },
                { "DisplayText": "không loại" },
                "không phải mục",
                { "ContentItemId": "a2", "ContentItemVersionId": "v1", "ContentType": "Article",
                  "Article": { "Image": { "Paths": [ "ok/anh.jpg", "C:/Windows/anh.jpg", "anh\\ma.jpg", "../ra.jpg", "[js: 'x']" ] } } }
              ] },
              { "name": "Content", "data": [ { "ContentItemId": "a3", "ContentItemVersionId": "v1", "ContentType": "[js: 'Article']" } ] },
              { "name": "Content" }
            ] }
            """));

        var issues = (await RunAsync(recipe, Content())).Issues;

        Assert.Equal(
        [
            "1 data[1] ContentType 4",
            "1 data[2]  5",
            "1 a2 ContentItemVersionId 6",
            "1 a2 Article.Image.Paths[1] 6",
            "1 a2 Article.Image.Paths[2] 6",
            "1 a2 Article.Image.Paths[3] 6",
            "2 a3 ContentItemVersionId 9",
            "3  data ",
        ], issues.Select(i => $"{i.StepIndex} {i.Item} {i.Path} {i.Line}"));
        Assert.Contains("'a1' ở bước 1", issues[2].Message);
        Assert.Contains("tuyệt đối", issues[3].Message);
        Assert.Contains("dấu '\\'", issues[4].Message);
        Assert.Contains("'..'", issues[5].Message);
    }

    [Fact]
    public async Task ContentItems_TellTheirTypesAndReferences_ForTheSiteCheck()
    {
        var state = await RunAsync(Recipe.Parse("""
            { "steps": [ { "name": "Content", "data": [
              { "ContentItemId": "tax", "ContentType": "Taxonomy", "TaxonomyPart": { "Terms": [ { "ContentItemId": "t1", "ContentType": "Tag", "TermPart": { "Terms": [ { "ContentItemId": "t2" } ] } } ] } },
              { "ContentItemId": "p1", "ContentType": "BlogPost",
                "BlogPost": { "Tags": { "TaxonomyContentItemId": "tax", "TermContentItemIds": [ "t2", "x1" ] }, "Related": { "ContentItemIds": [ "x2", "x2", "[js: variables('id')]" ] } },
                "ContainedPart": { "ListContentItemId": "x3" }, "CategoryPart": { "ParentContentItemId": "x4" } }
            ] } ] }
            """), Content());

        Assert.Equal(["Taxonomy", "BlogPost"], state.SiteTypes.Keys);
        Assert.Equal(["p1", "t1", "t2", "tax"], state.ItemIds.Order());
        Assert.Equal(["t2", "tax", "x1", "x2", "x3", "x4"], state.References.Keys.Order());
        Assert.Equal(2, state.References["x2"].Count);
        Assert.Equal("BlogPost.Related.ContentItemIds[0]", state.References["x2"].First.Path);
        Assert.Equal("CategoryPart.ParentContentItemId", state.References["x4"].First.Path);
    }

    [Fact]
    public async Task ContentDefinition_NeedsNames_AndDefinesItsTypesForLaterSteps()
    {
        var state = await RunAsync(Recipe.Parse("""
            { "steps": [
              { "name": "Content", "data": [ { "ContentItemId": "b0", "ContentType": "Blog" } ] },
              { "name": "ContentDefinition", "ContentTypes": [ { "Name": "Blog" }, { "DisplayName": "Không tên" } ], "ContentParts": [ {} ] },
              { "name": "ReplaceContentDefinition", "ContentTypes": "Blog" },
              { "name": "Content", "data": [ { "ContentItemId": "b1", "ContentType": "Blog" } ] }
            ] }
            """), Content(), new ContentDefinitionStepValidator(S<ContentDefinitionStepValidator>()),
            new ReplaceContentDefinitionStepValidator(S<ContentDefinitionStepValidator>()));

        Assert.Equal(["2 ContentTypes[1].Name", "2 ContentParts[0].Name", "3 ContentTypes"], state.Issues.Select(i => $"{i.StepIndex} {i.Path}"));
        // Used before its definition: the site must have it (step 1); after it, it is the recipe's own.
        Assert.Equal("b0", Assert.Single(state.SiteTypes).Value.Item);
    }

    [Fact]
    public async Task MediaStep_RefusesPathsOutsideTheLibrary_AndMissingSources_AllAtOnce()
    {
        File.WriteAllBytes(Path.Combine(_folder, "co.jpg"), [0xFF, 0xD8, 0xFF, 0xE0]);
        var recipe = await Recipe.LoadAsync(Write("""
            { "steps": [ { "name": "media", "Files": [
              { "TargetPath": "ok/anh.jpg", "SourcePath": "co.jpg" },
              { "TargetPath": "../ra.jpg", "SourcePath": "co.jpg" },
              { "TargetPath": "/etc/ra.jpg", "Base64": "AAAA" },
              { "TargetPath": "anh\\ra.jpg", "Base64": "AAAA" },
              { "Path": "D:/anh.jpg", "Base64": "AAAA" },
              { "TargetPath": "trang.html", "Base64": "AAAA" },
              { "TargetPath": "thieu.jpg", "SourcePath": "khong-co.jpg" },
              { "TargetPath": "ngoai.jpg", "SourcePath": "../ngoai.jpg" },
              { "TargetPath": "mang.jpg", "SourceUrl": "https://example.org/a.jpg" },
              { "TargetPath": "hai.jpg", "SourcePath": "co.jpg", "Base64": "AAAA" },
              { "SourcePath": "co.jpg" },
              { "TargetPath": "bieu-thuc.jpg", "SourcePath": "[js: 'co.jpg']" }
            ] } ] }
            """));

        var issues = (await RunAsync(recipe, Media())).Issues;

        Assert.Equal(
        [
            "../ra.jpg Files[1].TargetPath", "/etc/ra.jpg Files[2].TargetPath", "anh\\ra.jpg Files[3].TargetPath", "D:/anh.jpg Files[4].Path",
            "trang.html Files[5].TargetPath", "thieu.jpg Files[6].SourcePath", "ngoai.jpg Files[7].SourcePath", "mang.jpg Files[8].SourceUrl",
            "hai.jpg Files[9]", "Files[10] Files[10].TargetPath",
        ], issues.Select(i => $"{i.Item} {i.Path}"));
        Assert.All(issues, i => Assert.Equal((1, "media"), (i.StepIndex, i.StepName)));
        Assert.Contains("không có tệp 'khong-co.jpg' trong thư mục của công thức", issues[5].Message);
        Assert.Contains("nằm ngoài thư mục của công thức", issues[6].Message);
        Assert.Contains("là đường dẫn tuyệt đối", issues[3].Message);
    }

    [Fact]
    public async Task SettingsRolesAndUsers_MissingFields_AreReported()
    {
        var issues = (await RunAsync(Recipe.Parse("""
            { "steps": [
              { "name": "Settings" },
              { "name": "Settings", "SiteName": 5, "PageSize": 0, "OrganisationSettings": { "Phone": "1" } },
              { "name": "Settings", "PageSize": "[js: 20]", "SiteName": "Tên" },
              { "name": "Roles" },
              { "name": "Roles", "Roles": [ { "Name": "Biên tập" }, { "Permissions": [] }, "x" ] },
              { "name": "Users", "Users": [ { "UserName": "[js: parameters('AdminUsername')]" }, { "Password": "x" } ] },
              { "name": "Users", "Users": {} }
            ] }
            """), new SettingsStepValidator(S<SettingsStepValidator>()), new RolesStepValidator(S<UsersStartup>()), new UsersStepValidator(S<UsersStartup>()))).Issues;

        Assert.Equal(["1 ", "2 SiteName", "2 PageSize", "4 Roles", "5 Roles[1].Name", "5 Roles[2]", "6 Users[1].UserName", "7 Users"],
            issues.Select(i => $"{i.StepIndex} {i.Path}"));
        Assert.Equal("'SiteName' phải là văn bản", issues[1].Message);
    }

    [Fact]
    public void AnIssue_ReadsAsOneLine_WithItsPlace()
    {
        Assert.Equal("Bước 5 (Content), mục 'p1', tại BlogPost.Image.Paths[0], dòng 120, cột 7: lỗi",
            RecipeIssueText.Describe(new RecipeIssue("lỗi", 5, "Content", "p1", "BlogPost.Image.Paths[0]", 120, 7)));
        Assert.Equal("Bước 2: lỗi", RecipeIssueText.Describe(new RecipeIssue("lỗi", 2)));
        Assert.Equal("lỗi", RecipeIssueText.Describe(new RecipeIssue("lỗi")));
    }
}
