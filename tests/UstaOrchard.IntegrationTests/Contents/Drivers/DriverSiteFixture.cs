using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Usta.Contents;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Recipes;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Contents.Drivers;

/// <summary>
/// A set-up site with a type "Probe" that a recipe defines with one field of every type, so the
/// drivers are exercised through the real create and edit pages with no code of the type's own.
/// </summary>
public sealed class DriverSiteFixture : IAsyncLifetime
{
    public const string CreateUrl = "/Admin/Contents/Create/Probe";

    public UstaAppFactory Factory { get; } = new(TestDatabase.Sqlite());

    /// <summary>A category of the setup recipe: the required taxonomy field needs one on every save.</summary>
    public string CategoryId { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Factory.CreateClient().Dispose();
        await Factory.Services.GetRequiredService<RecipeExecutor>().ExecuteAsync(Recipe.Parse(ProbeRecipe));
        CategoryId = await Factory.InScopeAsync(sp => sp.GetRequiredService<UstaDbContext>().Set<CategoryIndex>()
            .Where(c => c.Published).OrderBy(c => c.Order).Select(c => c.ContentItemId).FirstAsync());
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    /// <summary>The fields a valid Probe needs, with <paramref name="fields"/> added or replacing them.</summary>
    public Dictionary<string, string> Valid(Dictionary<string, string>? fields = null)
    {
        var all = new Dictionary<string, string>
        {
            ["TitlePart.Title"] = "Mẫu thử " + Guid.NewGuid().ToString("N")[..8],
            ["Probe.Topics.TermContentItemIds"] = CategoryId,
        };
        foreach (var (key, value) in fields ?? []) all[key] = value;
        return all;
    }

    public static string IdOf(HttpResponseMessage created)
    {
        Assert.True(created.StatusCode == HttpStatusCode.Redirect, $"expected a redirect, got {(int)created.StatusCode}");
        return created.Headers.Location!.OriginalString.Split('/').Last();
    }

    public Task<ContentItem?> LatestAsync(string id)
        => Factory.InScopeAsync(sp => sp.GetRequiredService<ContentManager>().GetAsync(id, VersionOptions.Latest));

    public static JsonNode? Field(ContentItem item, string field) => item.Content["Probe"]?[field];

    /// <summary>Creates and publishes an item of <paramref name="type"/> with this title, through the content manager.</summary>
    public Task<string> PublishAsync(string type, string title) => Factory.InScopeAsync(async sp =>
    {
        var contents = sp.GetRequiredService<ContentManager>();
        var item = contents.New(type);
        item.Alter<TitlePart>(p => p.Title = title);
        item.DisplayText = title;
        item.Owner = item.Author = "admin";
        var saved = await contents.TryCreateAsync(item, publish: true);
        Assert.True(saved.Succeeded);
        return saved.ContentItem!.ContentItemId;
    });

    private const string ProbeRecipe = """
    {
      "name": "probe",
      "steps": [
        {
          "name": "ContentDefinition",
          "ContentTypes": [
            {
              "Name": "Probe", "DisplayName": "Mẫu thử",
              "Settings": { "ContentTypeSettings": { "Creatable": true, "Listable": true, "Draftable": true } },
              "ContentTypePartDefinitionRecords": [
                { "PartName": "TitlePart", "Name": "TitlePart", "Settings": { "ContentTypePartSettings": { "Position": "0" } } },
                { "PartName": "Probe", "Name": "Probe", "Settings": { "ContentTypePartSettings": { "Position": "1" } } }
              ]
            }
          ],
          "ContentParts": [
            {
              "Name": "Probe",
              "ContentPartFieldDefinitionRecords": [
                { "FieldName": "TextField", "Name": "Name", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Tên", "Position": "0" } } },
                { "FieldName": "BooleanField", "Name": "Flag", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Nổi bật", "Position": "1" } } },
                { "FieldName": "NumericField", "Name": "Amount", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Số lượng", "Position": "2" },
                  "NumericFieldSettings": { "Minimum": 0, "Maximum": 100, "Scale": 1 } } },
                { "FieldName": "DateField", "Name": "Day", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Ngày", "Position": "3" } } },
                { "FieldName": "DateTimeField", "Name": "Moment", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Thời điểm", "Position": "4" } } },
                { "FieldName": "LinkField", "Name": "Site", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Trang web", "Position": "5" } } },
                { "FieldName": "HtmlField", "Name": "Body", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Nội dung", "Position": "6" } } },
                { "FieldName": "MarkdownField", "Name": "Notes", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Ghi chú", "Position": "7" } } },
                { "FieldName": "ContentPickerField", "Name": "Related", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Trang liên quan", "Position": "8" },
                  "ContentPickerFieldSettings": { "DisplayedContentTypes": [ "Page" ], "Multiple": "True" } } },
                { "FieldName": "MediaField", "Name": "Photo", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Ảnh", "Position": "10" } } },
                { "FieldName": "TaxonomyField", "Name": "Topics", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Chuyên mục", "Position": "9" },
                  "TaxonomyFieldSettings": { "Required": true } } }
              ]
            }
          ]
        }
      ]
    }
    """;
}
