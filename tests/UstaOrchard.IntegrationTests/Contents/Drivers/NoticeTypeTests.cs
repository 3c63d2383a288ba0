using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Usta.Contents;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Recipes;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Contents.Drivers;

/// <summary>A site where a recipe adds a type "Notice" (no code of its own) and one notice.</summary>
public sealed class NoticeSiteFixture : IAsyncLifetime
{
    public UstaAppFactory Factory { get; } = new(TestDatabase.Sqlite());

    public async Task InitializeAsync()
    {
        Factory.CreateClient().Dispose();
        await Factory.Services.GetRequiredService<RecipeExecutor>().ExecuteAsync(Recipe.Parse(NoticeRecipe));
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    private const string NoticeRecipe = """
    {
      "name": "notice",
      "steps": [
        {
          "name": "ContentDefinition",
          "ContentTypes": [
            {
              "Name": "Notice", "DisplayName": "Thông báo",
              "Settings": { "ContentTypeSettings": { "Creatable": "True", "Listable": "True", "Draftable": "True" } },
              "ContentTypePartDefinitionRecords": [
                { "PartName": "TitlePart", "Name": "TitlePart", "Settings": { "ContentTypePartSettings": { "Position": "0" } } },
                { "PartName": "AutoroutePart", "Name": "AutoroutePart", "Settings": { "ContentTypePartSettings": { "Position": "1" },
                  "AutoroutePartSettings": { "Prefix": "thong-bao", "AllowCustomPath": "True" } } },
                { "PartName": "MarkdownBodyPart", "Name": "MarkdownBodyPart", "Settings": { "ContentTypePartSettings": { "Position": "3" } } },
                { "PartName": "Notice", "Name": "Notice", "Settings": { "ContentTypePartSettings": { "Position": "2" } } }
              ]
            }
          ],
          "ContentParts": [
            {
              "Name": "Notice",
              "ContentPartFieldDefinitionRecords": [
                { "FieldName": "TextField", "Name": "Summary", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Tóm tắt", "Position": "1" },
                  "TextFieldSettings": { "Hint": "Một hai câu cho trang chủ." } } },
                { "FieldName": "DateTimeField", "Name": "Starts", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Thời gian", "Position": "0" } } }
              ]
            }
          ]
        },
        {
          "name": "Content",
          "data": [
            {
              "ContentItemId": "n0t1cetet2026aaaaaaaaaaaaa",
              "ContentType": "Notice",
              "DisplayText": "Lịch nghỉ Tết",
              "Latest": true,
              "Published": true,
              "PublishedUtc": "2026-01-20T01:00:00Z",
              "Owner": "admin",
              "Author": "admin",
              "TitlePart": { "Title": "Lịch nghỉ Tết" },
              "AutoroutePart": { "Path": "thong-bao/lich-nghi-tet" },
              "MarkdownBodyPart": { "Markdown": "Cơ quan nghỉ **từ 14-02**." },
              "Notice": { "Summary": { "Text": "Nghỉ Tết Bính Ngọ" }, "Starts": { "Value": "2026-02-16T02:00:00Z" } }
            }
          ]
        }
      ]
    }
    """;
}

/// <summary>A type defined only by a recipe gets an admin editor and a public page, with no code.</summary>
public sealed class NoticeTypeTests(NoticeSiteFixture site) : IClassFixture<NoticeSiteFixture>
{
    private const string CreateUrl = "/Admin/Contents/Create/Notice";

    [Fact]
    public async Task CreatePage_ShowsTheEditorsInPositionOrder_WithTheDefinitionsLabelsAndHint()
    {
        var editor = await site.Factory.SignedInAsync("Editor");

        var form = await editor.GetDocumentAsync(CreateUrl);

        Assert.Equal(["editor-TitlePart", "editor-AutoroutePart", "editor-Notice_Starts", "editor-Notice_Summary", "editor-MarkdownBodyPart"],
            form.QuerySelectorAll("#content-editor [data-test^=editor-]").Select(e => e.GetAttribute("data-test")));
        Assert.Equal("Tóm tắt", form.Text("label[for=Notice_Summary_Text]"));
        Assert.Equal("Thời gian", form.Text("label[for=Notice_Starts_Value]"));
        Assert.Equal("Một hai câu cho trang chủ.", form.Text("#Notice_Summary-hint"));
        Assert.Equal("Notice_Summary-hint", form.GetElementById("Notice_Summary_Text")!.GetAttribute("aria-describedby"));
    }

    [Fact]
    public async Task EditorPublishesANotice_ItsPublicPageShowsEveryPartAndField()
    {
        var editor = await site.Factory.SignedInAsync("Editor");
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var title = ("Thông báo họp " + suffix).Normalize(NormalizationForm.FormD);
        var form = await editor.GetDocumentAsync(CreateUrl);

        var created = await editor.SubmitAsync(form, "content-editor", new Dictionary<string, string>
        {
            ["TitlePart.Title"] = title,
            ["Notice.Summary.Text"] = "Họp <b>toàn thể</b>",
            ["Notice.Starts.Value"] = "2026-01-15T08:00",
            ["MarkdownBodyPart.Markdown"] = "Xin mời **đúng giờ**.\n\n<script>alert(1)</script>\n\n[bấm](javascript:alert(2))",
        }, CreateUrl, button: "publish");

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = created.Headers.Location!.OriginalString.Split('/').Last();
        var item = (await site.Factory.InScopeAsync(sp => sp.GetRequiredService<ContentManager>().GetAsync(id, VersionOptions.Published)))!;
        Assert.Equal("thong-bao/thong-bao-hop-" + suffix, item.As<AutoroutePart>()!.Path);
        Assert.Equal(new DateTime(2026, 1, 15, 1, 0, 0, DateTimeKind.Utc), item.Content["Notice"]!["Starts"]!["Value"]!.GetValue<DateTime>().ToUniversalTime());

        var reader = site.Factory.CreateBrowser();
        var (response, page) = await reader.GetPageAsync("/" + item.As<AutoroutePart>()!.Path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(title.Normalize(NormalizationForm.FormC), page.Text("[data-test=content] h1"));
        Assert.Contains(title.Normalize(NormalizationForm.FormC), page.Title);
        // Plain text fields are encoded on output: the tag typed in the summary is shown, not applied.
        Assert.Equal("Họp <b>toàn thể</b>", page.Text("[data-test=field-Notice_Summary] .field-value"));
        Assert.Empty(page.QuerySelectorAll("[data-test=field-Notice_Summary] b"));
        Assert.Equal("15-01-2026 08:00", page.Text("[data-test=field-Notice_Starts] .field-value"));
        var body = page.QuerySelector("[data-test=field-MarkdownBodyPart]")!;
        Assert.Equal("đúng giờ", body.QuerySelector("strong")!.TextContent);
        Assert.Empty(body.QuerySelectorAll("script"));
        Assert.Contains("<script>alert(1)</script>", body.TextContent);
        Assert.Equal("#", body.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task NoticeFromTheRecipe_HasItsPublicPage_WithTheDateInTheSiteZone()
    {
        var reader = site.Factory.CreateBrowser();

        var page = await reader.GetDocumentAsync("/thong-bao/lich-nghi-tet");

        Assert.Equal("Lịch nghỉ Tết", page.Text("[data-test=content] h1"));
        Assert.Equal("16-02-2026 09:00", page.Text("[data-test=field-Notice_Starts] .field-value"));
        Assert.Equal("từ 14-02", page.Text("[data-test=field-MarkdownBodyPart] strong"));
    }

    [Theory]
    [InlineData("thong-bao/đặc biệt {0}", null)]
    [InlineData("thong-bao/lich-nghi-tet", "Địa chỉ /thong-bao/lich-nghi-tet đã được một mục khác dùng. Hãy chọn địa chỉ khác.")]
    [InlineData("thong-bao/a?b=1", "Địa chỉ chỉ được gồm chữ cái, chữ số, dấu '-' và dấu '/' giữa các phần.")]
    [InlineData("dang-nhap", "Địa chỉ /dang-nhap thuộc về một trang của hệ thống. Hãy chọn địa chỉ khác.")]
    public async Task CustomPath_IsSlugified_OrRefusedBesideTheField(string typed, string? error)
    {
        var editor = await site.Factory.SignedInAsync("Editor");
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var path = string.Format(typed, suffix);
        var form = await editor.GetDocumentAsync(CreateUrl);

        var response = await editor.SubmitAsync(form, "content-editor", new Dictionary<string, string>
        {
            ["TitlePart.Title"] = "Đường dẫn riêng " + suffix,
            ["AutoroutePart.Path"] = path,
        }, CreateUrl, button: "publish");

        if (error is null)
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            var id = response.Headers.Location!.OriginalString.Split('/').Last();
            var item = await site.Factory.InScopeAsync(sp => sp.GetRequiredService<ContentManager>().GetAsync(id, VersionOptions.Published));
            Assert.Equal("thong-bao/dac-biet-" + suffix, item!.As<AutoroutePart>()!.Path);
            return;
        }
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        Assert.Equal([error], page.Texts("#AutoroutePart-errors li"));
        Assert.Equal(path, page.GetElementById("AutoroutePart_Path")!.GetAttribute("value"));
    }
}
