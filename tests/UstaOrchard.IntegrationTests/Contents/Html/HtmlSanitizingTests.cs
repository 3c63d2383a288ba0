using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Usta.Contents;
using UstaOrchard.Core.Contents;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Contents.Html;

/// <summary>HTML is sanitised whichever way it arrives: an editor's save, a recipe, the seed.</summary>
public sealed class HtmlSanitizingTests(EditorSiteFixture site) : IClassFixture<EditorSiteFixture>
{
    private const string Dirty =
        "<h2>Tiêu đề</h2><script>alert('s')</script><p onclick=\"alert('c')\">Đoạn <a href=\"javascript:alert('j')\">liên kết</a> "
        + "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">dữ liệu</a></p><iframe src=\"https://evil.example/\"></iframe>"
        + "<svg onload=\"alert('v')\"></svg><img src=\"x\" onerror=\"alert('i')\" alt=\"ảnh\">"
        + "<div style=\"position:fixed;top:0;left:0;width:100%;height:100%;z-index:9999\">phủ</div>";

    private const string Clean =
        "<h2>Tiêu đề</h2><p>Đoạn <a>liên kết</a> <a>dữ liệu</a></p><img src=\"x\" alt=\"ảnh\"><div style=\"width: 100%; height: 100%\">phủ</div>";

    private ContentManager Contents(IServiceProvider sp) => sp.GetRequiredService<ContentManager>();

    [Fact]
    public async Task SeededBodies_AreStoredByteForByte()
    {
        var recipe = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Paths.Recipes, "usta-setup.recipe.json")))!;
        var seeded = recipe["steps"]!.AsArray().Where(s => (string?)s!["name"] == "Content")
            .SelectMany(s => s!["data"]!.AsArray()).Where(d => d!["HtmlBodyPart"]?["Html"] is not null).ToList();
        Assert.NotEmpty(seeded);

        foreach (var entry in seeded)
        {
            var id = (string)entry!["ContentItemId"]!;
            var stored = await site.Factory.InScopeAsync(sp => Contents(sp).GetAsync(id, VersionOptions.Latest));
            Assert.Equal((string)entry["HtmlBodyPart"]!["Html"]!, stored!.As<HtmlBodyPart>()!.Html);
        }
    }

    [Fact]
    public async Task EditorSave_StoresTheCleanedBody()
    {
        var stored = await site.Factory.InScopeAsync(async sp =>
        {
            var contents = Contents(sp);
            var page = contents.New(ContentTypes.Page).Apply(new TitlePart { Title = "Trang bẩn " + EditorSiteFixture.NewId() })
                .Apply(new AutoroutePart()).Apply(new HtmlBodyPart { Html = "<p>Sạch</p>" });
            var created = await contents.TryCreateAsync(page, publish: false);
            Assert.True(created.Succeeded, string.Join("; ", created.ValidationErrors.Select(e => e.Message)));
            var draft = (await contents.GetAsync(page.ContentItemId, VersionOptions.Latest))!;
            draft.Alter<HtmlBodyPart>(b => b.Html = Dirty);
            var saved = await contents.SaveDraftAsync(draft);
            Assert.True(saved.Succeeded);
            return await contents.GetAsync(page.ContentItemId, VersionOptions.Latest);
        });

        Assert.Equal(Clean, stored!.As<HtmlBodyPart>()!.Html);
    }

    [Fact]
    public async Task RecipeContent_BodyAndEveryHtmlField_AreCleaned()
    {
        var id = EditorSiteFixture.NewId();
        var dirty = JsonSerializer.Serialize(Dirty);
        await site.ApplyAsync($$"""
            { "name": "xss", "steps": [ { "name": "Content", "data": [ { "ContentItemId": "{{id}}", "ContentType": "Page",
                "DisplayText": "Trang từ công thức {{id}}", "Published": true, "Latest": true,
                "TitlePart": { "Title": "Trang từ công thức {{id}}" }, "AutoroutePart": {},
                "HtmlBodyPart": { "Html": {{dirty}} },
                "Notice": { "Details": { "Html": {{dirty}} }, "Blocks": [ { "Html": {{dirty}} } ], "Plain": { "Text": {{dirty}} } } } ] } ] }
            """);

        var stored = await site.Factory.InScopeAsync(sp => Contents(sp).GetAsync(id, VersionOptions.Published));

        Assert.Equal(Clean, stored!.As<HtmlBodyPart>()!.Html);
        var notice = stored.Content["Notice"]!;
        Assert.Equal(Clean, (string?)notice["Details"]!["Html"]);
        Assert.Equal(Clean, (string?)notice["Blocks"]![0]!["Html"]);
        // A text field is plain text: views encode it, so it is kept exactly as typed.
        Assert.Equal(Dirty, (string?)notice["Plain"]!["Text"]);

        var (response, document) = await site.Factory.CreateClient().GetPageAsync(ContentRoutes.UrlOf(stored));
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("alert(", html);
        Assert.Equal("phủ", document.QuerySelector(".content-body div")!.TextContent);
    }
}
