using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using UstaOrchard.Core.Recipes;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Recipes;

/// <summary>
/// A recipe that touches everything a preview lists (definitions, content, settings, roles, users,
/// media, a search index), written to a folder of its own with the media file it names, and the
/// helpers its tests share: apply, preview, and snapshots of the database and the media folder.
/// </summary>
public sealed class JournalRecipe : IDisposable
{
    public static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, .. Enumerable.Range(0, 3000).Select(i => (byte)(i * 31)), 0xFF, 0xD9];
    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. Enumerable.Range(0, 300).Select(i => (byte)i)];
    public const string ReviewerPassword = "Tham-dinh-2021!";

    public string Folder { get; } = Directory.CreateTempSubdirectory("usta-journal-recipe-").FullName;

    public JournalRecipe() => File.WriteAllBytes(Path.Combine(Folder, "hop-mat.jpg"), Jpeg);

    public void Dispose() => Paths.DeleteFolder(Folder);

    public static JsonObject Definitions() => Json("""
        { "name": "ContentDefinition",
          "ContentTypes": [ { "Name": "Notice", "DisplayName": "Thông báo",
            "Settings": { "ContentTypeSettings": { "Creatable": true, "Listable": true } },
            "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart", "Name": "TitlePart" }, { "PartName": "Notice", "Name": "Notice" } ] } ],
          "ContentParts": [ { "Name": "Notice", "ContentPartFieldDefinitionRecords": [] } ] }
        """);

    /// <summary>Notice <paramref name="n"/>, with every id and date given, as an export holds it.</summary>
    public static JsonObject Notice(int n) => Json($$"""
        { "ContentItemId": "notice{{n:D20}}", "ContentItemVersionId": "noticev{{n:D19}}", "ContentType": "Notice",
          "DisplayText": "Thông báo số {{n}}", "Latest": true, "Published": true,
          "CreatedUtc": "2024-05-01T08:00:00Z", "ModifiedUtc": "2024-05-01T08:00:00Z", "PublishedUtc": "2024-05-01T08:00:00Z",
          "Owner": "admin", "Author": "admin", "TitlePart": { "Title": "Thông báo số {{n}}" } }
        """);

    public static JsonObject Content(IEnumerable<JsonObject> items) => new() { ["name"] = "Content", ["data"] = new JsonArray(items.ToArray<JsonNode?>()) };

    public static JsonObject Settings() => Json("""{ "name": "Settings", "SiteName": "Trang thông báo", "PageSize": 12 }""");

    public static JsonObject Roles() => Json("""{ "name": "Roles", "Roles": [ { "Name": "Reviewer", "Permissions": [ "AccessAdminPanel", "PublishContent" ] } ] }""");

    public static JsonObject Users() => Json($$"""
        { "name": "Users", "Users": [ { "UserName": "reviewer1", "Email": "reviewer1@example.org", "Password": "{{ReviewerPassword}}",
          "DisplayName": "Người thẩm định", "RoleNames": [ "Reviewer" ] } ] }
        """);

    public static JsonObject Media() => Json($$"""
        { "name": "media", "Files": [ { "TargetPath": "thong-bao/bia.png", "Base64": "{{Convert.ToBase64String(Png)}}" },
          { "TargetPath": "thong-bao/hop-mat.jpg", "SourcePath": "hop-mat.jpg" } ] }
        """);

    public static JsonObject SearchIndex() => Json("""
        { "name": "lucene-index", "Indices": [ { "Notices": { "AnalyzerName": "standardanalyzer", "IndexLatest": false, "IndexedContentTypes": [ "Notice" ] } } ] }
        """);

    /// <summary>The whole recipe: every subject a preview lists, three notices.</summary>
    public static JsonObject[] AllSteps() =>
        [Definitions(), Content(Enumerable.Range(1, 3).Select(Notice)), Settings(), Roles(), Users(), Media(), SearchIndex()];

    public async Task<Recipe> WriteAsync(params JsonObject[] steps)
    {
        var file = Path.Combine(Folder, "journal.recipe.json");
        var root = new JsonObject { ["name"] = "journal", ["steps"] = new JsonArray(steps.Select(s => (JsonNode?)s.DeepClone()).ToArray()) };
        await File.WriteAllTextAsync(file, root.ToJsonString());
        return await Recipe.LoadAsync(file);
    }

    public static Task<RecipeResult> RunAsync(TestSite site, Recipe recipe, bool dryRun = false, IProgress<RecipeProgress>? progress = null)
        => site.Services.GetRequiredService<RecipeExecutor>().ExecuteAsync(recipe, new RecipeOptions { DryRun = dryRun, Progress = progress });

    /// <summary>Every file and folder under the site's media folder (staging included), files with a hash of their bytes.</summary>
    public static string MediaSnapshot(TestSite site)
    {
        var root = Path.Combine(site.DataPath, "Media");
        if (!Directory.Exists(root)) return "";
        var text = new StringBuilder();
        foreach (var file in Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            // The store's own folder for writes in progress stays once made; a file left in it would still show.
            if (Path.GetRelativePath(root, file) == ".tmp") continue;
            var hash = File.Exists(file) ? Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file))) : "folder";
            text.AppendLine($"{Path.GetRelativePath(root, file)} {hash}");
        }
        return text.ToString();
    }

    public static string Describe(IEnumerable<RecipeChange> changes)
        => string.Join("\n", changes.Select(c => $"{c.StepNumber} {c.StepName} {c.Subject} {c.Kind} {c.Key} {c.Type} {c.Title}".TrimEnd()));

    private static JsonObject Json(string text) => JsonNode.Parse(text)!.AsObject();

    /// <summary>Reports as they happen, on the applying thread (Progress&lt;T&gt; would post them later).</summary>
    public sealed class Reports : IProgress<RecipeProgress>
    {
        private readonly List<RecipeProgress> _seen = [];

        public IReadOnlyList<RecipeProgress> Seen
        {
            get { lock (_seen) return _seen.ToList(); }
        }

        public void Report(RecipeProgress value)
        {
            lock (_seen) _seen.Add(value);
        }
    }
}
