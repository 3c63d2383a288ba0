using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Usta.Recipes;
using Usta.Recipes.Uploads;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Media;
using UstaOrchard.IntegrationTests.Infrastructure;
using static UstaOrchard.IntegrationTests.Recipes.Admin.RecipesAdminSite;

namespace UstaOrchard.IntegrationTests.Recipes.Admin;

/// <summary>
/// The upload form of /Admin/Recipes: a .json or a .zip with its media reaches the preview and applies;
/// every hostile upload is refused with its Vietnamese reason and leaves no folder behind.
/// </summary>
public sealed class RecipeUploadTests(RecipesAdminSite site) : IClassFixture<RecipesAdminSite>
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. Enumerable.Range(0, 300).Select(i => (byte)i)];

    [Fact]
    public async Task JsonRecipe_IsPreviewed_ThenApplied()
    {
        var client = await site.AdministratorAsync();
        var id = NewId();
        var title = "Trang tải lên " + id[..6];

        var (url, preview) = await UploadAndPreviewAsync(client, "trang-moi.json", Json(new { name = "trang-moi", displayName = "Trang mới", steps = new[] { PageStep(id, title, "tai-len-" + id[..8]) } }));

        Assert.StartsWith("/Admin/Recipes/Preview?upload=", url);
        Assert.Equal("Xem trước Trang mới", preview.Text("h1"));
        Assert.Contains("Content", preview.Text("#journal-steps"));
        Assert.False(await site.ItemExistsAsync(id));
        var result = await WaitForResultAsync(client, await ApplyAsync(client, preview, url));
        Assert.NotNull(result.QuerySelector("#run-succeeded"));
        Assert.True(await site.ItemExistsAsync(id));
    }

    [Fact]
    public async Task ZipWithMedia_IsKeptOutsideTheMediaRoot_AppliesItsFiles_AndIsDeletedAfter()
    {
        var client = await site.AdministratorAsync();
        var target = "recipe-zip/" + NewId()[..8] + ".png";
        var recipe = Json(new { name = "kem-anh", steps = new object[] { new { name = "media", Files = new[] { new { TargetPath = target, SourcePath = "anh/bia.png" } } } } });

        var (url, preview) = await UploadAndPreviewAsync(client, "kem-anh.zip", Zip(("recipe.json", recipe), ("anh/bia.png", Png)));

        var folder = Directory.GetDirectories(site.UploadsFolder).Single(d => url.EndsWith(Path.GetFileName(d)));
        Assert.True(File.Exists(Path.Combine(folder, "files", "anh", "bia.png")));
        Assert.StartsWith(Path.GetFullPath(site.Factory.DataPath), folder);
        var result = await WaitForResultAsync(client, await ApplyAsync(client, preview, url));
        Assert.NotNull(result.QuerySelector("#run-succeeded"));
        var stored = await site.Factory.InScopeAsync(async sp =>
        {
            await using var stream = await sp.GetRequiredService<IFileStore>().OpenReadAsync(target);
            using var copy = new MemoryStream();
            await stream!.CopyToAsync(copy);
            return copy.ToArray();
        });
        Assert.Equal(Png, stored);
        Assert.False(Directory.Exists(folder));
    }

    public static TheoryData<string, string, string> Refusals() => new()
    {
        { "too-many", "nhieu-muc.zip", "Tệp nén chứa hơn 20 mục." },
        { "bomb", "bom.zip", "Tệp nén khi giải nén lớn hơn 976,6 KB." },
        { "traversal", "leo-ra.zip", "Mục '../ngoai.txt' trong tệp nén trỏ ra ngoài tệp nén." },
        { "absolute", "tuyet-doi.zip", "Mục '/etc/ngoai.txt' trong tệp nén trỏ ra ngoài tệp nén." },
        { "symlink", "lien-ket.zip", "Mục 'lien-ket' trong tệp nén là liên kết tượng trưng (symlink), không được chấp nhận." },
        { "no-recipe", "thieu.zip", "Tệp nén không có recipe.json ở thư mục gốc." },
        { "not-a-zip", "gia.zip", "Tệp không phải là tệp nén .zip hợp lệ." },
        { "wrong-type", "cong-thuc.exe", "Chỉ tải lên được tệp công thức (.json) hoặc tệp nén (.zip)." },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task HostileUpload_IsRefusedWithItsReason_AndLeavesNothing(string kind, string fileName, string message)
    {
        var client = await site.AdministratorAsync();
        var recipe = ("recipe.json", Json(new { name = "x", steps = Array.Empty<object>() }));
        var content = kind switch
        {
            "too-many" => Zip([recipe, .. Enumerable.Range(0, MaxZipEntries).Select(i => ($"tep-{i}.txt", new byte[] { 1 }))]),
            "bomb" => Zip(recipe, ("khong.bin", new byte[MaxExpandedBytes + 1])),
            "traversal" => Zip(recipe, ("../ngoai.txt", "x"u8.ToArray())),
            "absolute" => Zip(recipe, ("/etc/ngoai.txt", "x"u8.ToArray())),
            "symlink" => Zip((recipe.Item1, recipe.Item2, 0), ("lien-ket", Encoding.UTF8.GetBytes("/etc/passwd"), 0xA1FF)),
            "no-recipe" => Zip(("khac.json", recipe.Item2)),
            "not-a-zip" => "đây không phải tệp nén"u8.ToArray(),
            _ => recipe.Item2,
        };
        var before = Directory.Exists(site.UploadsFolder) ? Directory.GetDirectories(site.UploadsFolder).Length : 0;

        var response = await UploadAsync(client, fileName, content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(message, (await response.ReadDocumentAsync()).Text("#upload-error"));
        Assert.Equal(before, Directory.Exists(site.UploadsFolder) ? Directory.GetDirectories(site.UploadsFolder).Length : 0);
        Assert.False(File.Exists(Path.Combine(site.UploadsFolder, "ngoai.txt")));
    }

    [Fact]
    public async Task UploadOverTheLimit_Gets413_WithTheLimitNamed()
    {
        var client = await site.AdministratorAsync();

        var response = await UploadAsync(client, "lon.json", new byte[MaxUploadBytes + 1]);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("Tệp lớn hơn 293 KB, dung lượng tối đa của một công thức tải lên.", (await response.ReadDocumentAsync()).Text("#upload-error"));
    }

    [Fact]
    public async Task FormWithoutAFile_AsksForOne()
    {
        var client = await site.AdministratorAsync();

        var response = await UploadAsync(client, "", []);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Hãy chọn một tệp công thức (.json hoặc .zip).", (await response.ReadDocumentAsync()).Text("#upload-error"));
    }

    [Fact]
    public async Task AbandonedUpload_IsDeletedAfterADay_ButNotBefore()
    {
        var client = await site.AdministratorAsync();
        var (url, _) = await UploadAndPreviewAsync(client, "bo-do.json", Json(new { name = "bo-do", steps = Array.Empty<object>() }));
        var folder = Path.Combine(site.UploadsFolder, url[(url.IndexOf('=') + 1)..]);
        Assert.True(Directory.Exists(folder));
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow.AddHours(23));
        RecipeUploads Uploads() => new(site.Factory.Services.GetRequiredService<AppPaths>(), site.Factory.Services.GetRequiredService<RecipeUploadOptions>(),
            clock, site.Factory.Services.GetRequiredService<IStringLocalizer<RecipesStartup>>(), NullLogger<RecipeUploads>.Instance);

        Uploads().DeleteAbandoned(new HashSet<string>());
        Assert.True(Directory.Exists(folder));
        clock.Advance(TimeSpan.FromHours(2));
        Uploads().DeleteAbandoned(new HashSet<string>());

        Assert.False(Directory.Exists(folder));
        await client.GetDocumentAsync(url, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task UnknownOrMalformedUploadId_Is404()
    {
        var client = await site.AdministratorAsync();

        await client.GetDocumentAsync("/Admin/Recipes/Preview?upload=" + new string('a', 32), HttpStatusCode.NotFound);
        await client.GetDocumentAsync("/Admin/Recipes/Preview?upload=..%2F..%2Fetc", HttpStatusCode.NotFound);
        await client.GetDocumentAsync("/Admin/Recipes/Preview?name=..%2Frecipes%2Fblank", HttpStatusCode.NotFound);
    }
}
