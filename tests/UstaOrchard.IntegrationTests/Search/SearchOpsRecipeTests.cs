using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Usta.Search;
using Usta.Search.Indexing;
using UstaOrchard.Core.Recipes;
using UstaOrchard.Core.Settings;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Search;

/// <summary>The <c>lucene-index</c> step: Orchard's shape, each bad key or value named, nothing kept from a failed recipe.</summary>
public sealed class SearchOpsRecipeTests(EditorSiteFixture site) : IClassFixture<EditorSiteFixture>
{
    private static string NewName() => "chi-muc-" + Guid.NewGuid().ToString("N")[..8];

    private static string Step(string name, string settings) => $$"""
        { "steps": [ { "name": "lucene-index", "Indices": [ { "{{name}}": {{settings}} } ] } ] }
        """;

    private Task<SearchIndexRecord?> RecordAsync(string name)
        => site.Factory.InScopeAsync(sp => sp.GetRequiredService<SearchIndexManager>().GetRecordAsync(name, default));

    [Fact]
    public async Task ValidStep_SavesTheIndex_AndReapplyingRaisesTheGenerationOnlyOnChange()
    {
        var name = NewName();
        const string settings = """{ "AnalyzerName": "standardanalyzer", "IndexLatest": true, "IndexedContentTypes": ["Page", "Article"] }""";

        await site.ApplyAsync(Step(name, settings));
        var created = (await RecordAsync(name))!;
        Assert.Equal("vietnamese", created.AnalyzerName);
        Assert.True(created.IndexLatest);
        Assert.Equal(["Article", "Page"], SearchIndexManager.ToDefinition(created).IndexedContentTypes);
        Assert.Equal(1, created.Generation);

        await site.ApplyAsync(Step(name, settings));
        Assert.Equal(1, (await RecordAsync(name))!.Generation);

        await site.ApplyAsync(Step(name, """{ "AnalyzerName": "vietnamese", "IndexLatest": true, "IndexedContentTypes": ["Article"] }"""));
        var changed = (await RecordAsync(name))!;
        Assert.Equal(2, changed.Generation);
        Assert.Equal(["Article"], SearchIndexManager.ToDefinition(changed).IndexedContentTypes);
    }

    [Theory]
    [InlineData("chi muc sai!", """{ "IndexedContentTypes": ["Article"] }""", "'chi muc sai!' không phải tên chỉ mục hợp lệ")]
    [InlineData(null, """{ "AnalyzerName": "englishanalyzer", "IndexedContentTypes": ["Article"] }""", "không có bộ phân tích 'englishanalyzer'")]
    [InlineData(null, """{ "AnalyzerName": 5, "IndexedContentTypes": ["Article"] }""", "\"AnalyzerName\" phải là văn bản")]
    [InlineData(null, """{ "IndexLatest": "true", "IndexedContentTypes": ["Article"] }""", "\"IndexLatest\" phải là true hoặc false, không phải \"true\"")]
    [InlineData(null, """{ "IndexedContentTypes": ["Article", "BaiVietKhongCo"] }""", "loại nội dung 'BaiVietKhongCo' chưa được định nghĩa")]
    [InlineData(null, """{ "IndexedContentTypes": [] }""", "phải liệt kê các loại nội dung của nó trong \"IndexedContentTypes\"")]
    [InlineData(null, """{ "IndexedContentTypes": [7] }""", "mỗi phần tử của \"IndexedContentTypes\" phải là tên một loại nội dung")]
    [InlineData(null, """{ "IndexedContentType": ["Article"] }""", "có khóa không hợp lệ \"IndexedContentType\"")]
    [InlineData(null, "true", "phải là một đối tượng có \"AnalyzerName\"")]
    [InlineData("search", """{ "IndexedContentTypes": ["Article"] }""", "chỉ khác chỉ mục 'Search' ở chữ hoa/thường")]
    public async Task InvalidIndex_FailsNamingIt_AndSavesNothing(string? badName, string settings, string expected)
    {
        site.Factory.Logs.Expect(e => e.Category.EndsWith(nameof(RecipeExecutor)));
        var good = NewName();
        var bad = badName ?? NewName();
        var recipe = new JsonObject
        {
            ["steps"] = new JsonArray(new JsonObject
            {
                ["name"] = "lucene-index",
                ["Indices"] = new JsonArray(
                    new JsonObject { [good] = JsonNode.Parse("""{ "IndexedContentTypes": ["Page"] }""") },
                    new JsonObject { [bad] = JsonNode.Parse(settings) }),
            }),
        };

        var error = await Assert.ThrowsAsync<RecipeExecutionException>(() => site.ApplyAsync(recipe.ToJsonString()));

        Assert.Equal("lucene-index", error.StepName);
        Assert.Equal(bad, error.Item);
        Assert.Contains(expected, error.Message);
        Assert.Null(await RecordAsync(good));
        Assert.Null(await RecordAsync(bad));
    }

    [Fact]
    public async Task StepWithoutIndices_FailsSayingSo()
    {
        site.Factory.Logs.Expect(e => e.Category.EndsWith(nameof(RecipeExecutor)));
        var error = await Assert.ThrowsAsync<RecipeExecutionException>(() => site.ApplyAsync("""{ "steps": [ { "name": "lucene-index" } ] }"""));
        Assert.Contains("bước này không có danh sách \"Indices\"", error.Message);
    }

    [Theory]
    [InlineData("""{ "SearchIndex": "KhongCoChiMuc", "PageSize": 10 }""", "chỉ mục tìm kiếm 'KhongCoChiMuc' chưa được định nghĩa")]
    [InlineData("""{ "SearchIndex": "Search", "PageSize": 0 }""", "\"PageSize\" phải là số nguyên từ 1 đến 50, không phải 0")]
    [InlineData("""{ "SearchIndex": "Search", "PageSize": 51 }""", "không phải 51")]
    [InlineData("""{ "SearchIndex": "Search", "PageSize": "mười" }""", "\"SearchSettings\" phải là một đối tượng có")]
    [InlineData("""{ "SearchIndex": "Search", "ContentTypes": ["KhongCoLoai"] }""", "loại nội dung 'KhongCoLoai' chưa được định nghĩa")]
    public async Task BadSearchSettings_FailTheSettingsStep_NamingTheSection(string section, string expected)
    {
        site.Factory.Logs.Expect(e => e.Category.EndsWith(nameof(RecipeExecutor)));
        var siteName = "Không được lưu " + Guid.NewGuid().ToString("N")[..6];

        var error = await Assert.ThrowsAsync<RecipeExecutionException>(() => site.ApplyAsync($$"""
            { "steps": [ { "name": "Settings", "SiteName": "{{siteName}}", "SearchSettings": {{section}} } ] }
            """));

        Assert.Equal("Settings", error.StepName);
        Assert.Equal("SearchSettings", error.Item);
        Assert.Contains(expected, error.Message);
        var stored = await site.Factory.InScopeAsync(sp => sp.GetRequiredService<SiteService>().GetAsync(default));
        Assert.NotEqual(siteName, stored.SiteName);
    }

    [Fact]
    public async Task SearchSettings_RefuseAnIndexOfDrafts()
    {
        site.Factory.Logs.Expect(e => e.Category.EndsWith(nameof(RecipeExecutor)));
        var name = NewName();

        var error = await Assert.ThrowsAsync<RecipeExecutionException>(() => site.ApplyAsync($$"""
            { "steps": [
                { "name": "lucene-index", "Indices": [ { "{{name}}": { "IndexLatest": true, "IndexedContentTypes": ["Article"] } } ] },
                { "name": "Settings", "SearchSettings": { "SearchIndex": "{{name}}" } } ] }
            """));

        Assert.Equal("SearchSettings", error.Item);
        Assert.Contains($"chỉ mục tìm kiếm '{name}' chứa cả bản nháp", error.Message);
    }

    [Fact]
    public async Task SearchSettings_MayNameAnIndexALaterStepDefines()
    {
        var name = NewName();
        await site.ApplyAsync($$"""
            { "steps": [
              { "name": "Settings", "SearchSettings": { "SearchIndex": "{{name}}", "PageSize": 20 } },
              { "name": "lucene-index", "Indices": [ { "{{name}}": { "IndexedContentTypes": ["Article"] } } ] }
            ] }
            """);
        Assert.NotNull(await RecordAsync(name));
        var stored = await site.Factory.InScopeAsync(sp => sp.GetRequiredService<SiteService>().GetAsync(default));
        Assert.Equal(name, stored.Get<SearchSettings>().SearchIndex);
    }

    [Theory]
    [InlineData("usta-setup")]
    [InlineData("blank")]
    public async Task SetupRecipe_DefinesTheDefaultIndex_AndTheSearchSettings(string recipeName)
    {
        var recipe = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Paths.Recipes, recipeName + ".recipe.json")))!;
        var step = recipe["steps"]!.AsArray().Single(s => (string?)s!["name"] == "lucene-index")!;
        Assert.Equal(["Article", "Bulletin", "Page"],
            step["Indices"]![0]!["Search"]!["IndexedContentTypes"]!.AsArray().Select(t => (string)t!));

        await using var factory = new UstaAppFactory(TestDatabase.Sqlite(), settings: new Dictionary<string, string?> { ["Setup:Recipe"] = recipeName });
        factory.CreateClient().Dispose();

        var (definition, settings) = await factory.InScopeAsync(async sp => (
            await sp.GetRequiredService<SearchIndexManager>().GetAsync(SearchIndexDefinition.DefaultName, default),
            await sp.GetRequiredService<SiteService>().GetAsync(default)));
        Assert.Equal("vietnamese", definition!.AnalyzerName);
        Assert.False(definition.IndexLatest);
        Assert.Equal(["Article", "Bulletin", "Page"], definition.IndexedContentTypes);
        Assert.NotNull(settings.Sections["SearchSettings"]);
        var search = settings.Get<SearchSettings>();
        Assert.Equal("Search", search.SearchIndex);
        Assert.Equal(10, search.PageSize);
    }
}
