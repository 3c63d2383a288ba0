using System.IO.Compression;
using System.Net;
using System.Text.Json.Nodes;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Recipes.Admin;

/// <summary>/Admin/Recipes/Export: the form, the .zip and .json downloads, and a refused type.</summary>
public sealed class ExportPageTests(EditorSiteFixture site) : IClassFixture<EditorSiteFixture>
{
    private const string Url = "/Admin/Recipes/Export";

    private static List<string> StepNames(JsonNode recipe) => recipe["steps"]!.AsArray().Select(s => (string)s!["name"]!).ToList();

    [Fact]
    public async Task Editor_IsRefused()
    {
        var editor = await site.Factory.SignedInAsync("Editor");
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync(Url)).StatusCode);
    }

    [Fact]
    public async Task DefaultForm_DownloadsAZipOfTheWholeSite()
    {
        var admin = await site.Factory.SignedInAsync("Administrator");
        var page = await admin.GetDocumentAsync(Url);
        Assert.Contains(page.QuerySelectorAll("[data-test=type]"), t => t.GetAttribute("value") == "Article" && t.HasAttribute("checked"));

        var response = await admin.SubmitAsync(page, "export-form", new Dictionary<string, string>(), Url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType!.MediaType);
        Assert.EndsWith(".zip", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'));

        await using var zip = await ZipArchive.CreateAsync(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), ZipArchiveMode.Read, false, null);
        await using var entry = await zip.GetEntry("recipe.json")!.OpenAsync();
        var recipe = (await JsonNode.ParseAsync(entry))!;
        Assert.Equal(["ContentDefinition", "lucene-index", "Settings", "Roles", "Users", "Content", "media"], StepNames(recipe));
        var files = recipe["steps"]!.AsArray().Single(s => (string)s!["name"]! == "media")!["Files"]!.AsArray();
        Assert.NotEmpty(files);
        Assert.All(files, f => Assert.NotNull(zip.GetEntry((string)f!["SourcePath"]!)));
    }

    [Fact]
    public async Task OneTypeAsJson_HoldsOnlyItsContent_AndNoUsers()
    {
        var admin = await site.Factory.SignedInAsync("Administrator");
        var page = await admin.GetDocumentAsync(Url);
        var values = Browser.FormValues(page, "export-form", new Dictionary<string, string>())
            .Where(v => v.Key is not ("Input.Types" or "Input.Users" or "Input.Roles" or "Input.Settings" or "Input.Format")).ToList();
        values.Add(new("Input.Types", "Page"));
        values.Add(new("Input.Format", "json"));
        values.Add(new("Input.Users", "false"));
        values.Add(new("Input.Roles", "false"));
        values.Add(new("Input.Settings", "false"));
        var response = await admin.PostAsync(Browser.FormAction(page, "export-form", Url), new FormUrlEncodedContent(values));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var recipe = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.DoesNotContain("Users", StepNames(recipe));
        var items = recipe["steps"]!.AsArray().Single(s => (string)s!["name"]! == "Content")!["data"]!.AsArray();
        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.Equal("Page", (string)i!["ContentType"]!));
    }

    [Fact]
    public async Task UnknownType_ShowsTheFormAgainWithTheReason()
    {
        var admin = await site.Factory.SignedInAsync("Administrator");
        var page = await admin.GetDocumentAsync(Url);
        var response = await admin.SubmitAsync(page, "export-form", new Dictionary<string, string> { ["Input.Types"] = "KhongCo" }, Url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var again = await response.ReadDocumentAsync();
        Assert.Contains("Không có loại nội dung 'KhongCo'.", again.Text("[data-test=errors]"));
    }
}
