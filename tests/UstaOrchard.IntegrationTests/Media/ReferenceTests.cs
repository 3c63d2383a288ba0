using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Usta.Contents;
using Usta.Media.References;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Media;

public class ReferenceTests(MediaSiteFixture site) : IClassFixture<MediaSiteFixture>
{
    private async Task<string> UploadAsync(HttpClient client, string folder, string name)
    {
        var response = await client.UploadAsync(folder, name, MediaRequests.Jpeg());
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("path").GetString()!;
    }

    /// <summary>A published page using the file in a MediaField and in its body, then a draft on top of it.</summary>
    private Task<string> PageUsingAsync(string path) => site.Factory.InScopeAsync(async sp =>
    {
        var contents = sp.GetRequiredService<ContentManager>();
        var page = contents.New(ContentTypes.Page)
            .Apply(new TitlePart { Title = "Trang dùng ảnh " + Guid.NewGuid().ToString("N")[..6] })
            .Apply(new AutoroutePart())
            .Apply(new HtmlBodyPart { Html = $"""<p><img src="/media/{path}?w=640" alt="Ảnh"></p><a href='/media/{path}'>tải</a>""" });
        page.Content["Page"] = new JsonObject { ["Cover"] = new JsonObject { ["Paths"] = new JsonArray(path), ["MediaTexts"] = new JsonArray("Bìa") } };
        var created = await contents.CreateAsync(page, publish: true);
        created.Alter<TitlePart>(t => t.Title += " (sửa)");
        var draft = await contents.SaveDraftAsync(created);
        Assert.False(draft.IsConflict);
        return created.ContentItemId;
    });

    private Task<IReadOnlyList<ContentItem>> VersionsAsync(string id) => site.Factory.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<UstaDbContext>();
        IReadOnlyList<ContentItem> versions = await db.ContentItems.AsNoTracking().Where(x => x.ContentItemId == id && (x.Latest || x.Published)).ToListAsync();
        return versions;
    });

    private Task<List<string>> ReferencedPathsAsync(string id) => site.Factory.InScopeAsync(sp =>
        sp.GetRequiredService<UstaDbContext>().Set<MediaReferenceIndex>().Where(x => x.ContentItemId == id).Select(x => x.Path).Distinct().ToListAsync());

    private static void AssertUses(ContentItem version, string path)
    {
        Assert.Equal(path, version.Content["Page"]!["Cover"]!["Paths"]![0]!.GetValue<string>());
        var html = version.As<HtmlBodyPart>()!.Html!;
        Assert.Contains($"src=\"/media/{path}?w=640\"", html);
        // Written with single quotes; the sanitiser stores every attribute double-quoted.
        Assert.Contains($"href=\"/media/{path}\"", html);
    }

    [Fact]
    public async Task ARenameThatOneItemCannotTake_MovesNothing_FileIndexAndEveryItemStayAsTheyWere()
    {
        var client = await site.SignedInAsync("Editor");
        var folder = await client.NewFolderAsync();
        var path = await UploadAsync(client, folder, "a.jpg");
        var first = await PageUsingAsync(path);
        // A body one character short of the limit: the longer name would push it over, so the
        // second item refuses the rewrite after the first has taken it.
        var second = await site.Factory.InScopeAsync(async sp =>
        {
            var contents = sp.GetRequiredService<ContentManager>();
            var link = $"""<img src="/media/{path}" alt="x">""";
            var page = contents.New(ContentTypes.Page).Apply(new TitlePart { Title = "Trang dài " + Guid.NewGuid().ToString("N")[..6] })
                .Apply(new AutoroutePart()).Apply(new HtmlBodyPart { Html = link + new string('x', 1_000_000 - link.Length - 1) });
            return (await contents.CreateAsync(page, publish: true)).ContentItemId;
        });

        var details = await client.GetDocumentAsync("/Admin/Media/File?path=" + Uri.EscapeDataString(path));
        var response = await client.SubmitAsync(details, "rename-form", new Dictionary<string, string> { ["Value"] = "ten-dai-hon-nhieu" }, "/Admin/Media/File?path=" + path);

        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("vừa được thay đổi cùng lúc nên chưa di chuyển gì", page);
        Assert.True((await client.GetAsync("/media/" + path)).IsSuccessStatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/media/{folder}/ten-dai-hon-nhieu.jpg")).StatusCode);
        Assert.All(await VersionsAsync(first), v => AssertUses(v, path));
        Assert.Equal([path], await ReferencedPathsAsync(first));
        Assert.Equal([path], await ReferencedPathsAsync(second));
        Assert.True(await site.Factory.InScopeAsync(sp => sp.GetRequiredService<UstaDbContext>().Set<Usta.Media.Library.MediaFileRecord>().AnyAsync(x => x.Path == path)));
    }

    [Fact]
    public async Task RenamingAFile_UpdatesThePublishedAndTheDraftVersion()
    {
        var client = await site.SignedInAsync("Editor");
        var folder = await client.NewFolderAsync();
        var path = await UploadAsync(client, folder, "cu.jpg");
        var id = await PageUsingAsync(path);
        Assert.Equal([path], await ReferencedPathsAsync(id));

        var details = await client.GetDocumentAsync("/Admin/Media/File?path=" + Uri.EscapeDataString(path));
        var response = await client.SubmitAsync(details, "rename-form", new Dictionary<string, string> { ["Value"] = "Ảnh mới" }, "/Admin/Media/File?path=" + path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var renamed = folder + "/anh-moi.jpg";
        var versions = await VersionsAsync(id);
        Assert.Equal(2, versions.Count);
        Assert.All(versions, v => AssertUses(v, renamed));
        Assert.Equal([renamed], await ReferencedPathsAsync(id));
        var page = await client.GetDocumentAsync("/Admin/Media/File?path=" + Uri.EscapeDataString(renamed));
        Assert.Single(page.QuerySelectorAll($"[data-test=uses] li[data-item='{id}']"));
    }

    [Fact]
    public async Task RenamingAFolder_MovesTheReferencesOfEveryFileInIt()
    {
        var client = await site.SignedInAsync("Editor");
        var folder = await client.NewFolderAsync();
        var path = await UploadAsync(client, folder, "anh.jpg");
        var id = await PageUsingAsync(path);

        var index = await client.GetDocumentAsync("/Admin/Media?folder=" + folder);
        var target = folder + "-moi";
        var response = await client.SubmitAsync(index, "rename-folder-form", new Dictionary<string, string> { ["Name"] = target }, "/Admin/Media?folder=" + folder);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.All(await VersionsAsync(id), v => AssertUses(v, target + "/anh.jpg"));
        Assert.Equal([target + "/anh.jpg"], await ReferencedPathsAsync(id));
        var listing = await client.GetDocumentAsync("/Admin/Media?folder=" + target);
        Assert.Equal(["anh.jpg"], listing.Texts("#media-files [data-test=file-link]"));
    }

    [Fact]
    public async Task MovingAFile_IntoAnotherFolder_UpdatesContent()
    {
        var client = await site.SignedInAsync("Editor");
        var from = await client.NewFolderAsync();
        var to = await client.NewFolderAsync();
        var path = await UploadAsync(client, from, "tai-lieu.jpg");
        var id = await PageUsingAsync(path);

        var details = await client.GetDocumentAsync("/Admin/Media/File?path=" + Uri.EscapeDataString(path));
        await client.SubmitAsync(details, "move-form", new Dictionary<string, string> { ["Value"] = to }, "/Admin/Media/File?path=" + path);

        Assert.All(await VersionsAsync(id), v => AssertUses(v, to + "/tai-lieu.jpg"));
    }

    [Fact]
    public async Task DeletingAFileInUse_IsRefused_ListingTheItems_UntilConfirmed()
    {
        var client = await site.SignedInAsync("Editor");
        var folder = await client.NewFolderAsync();
        var path = await UploadAsync(client, folder, "dang-dung.jpg");
        var id = await PageUsingAsync(path);
        var url = "/Admin/Media/File?path=" + Uri.EscapeDataString(path);

        var refused = await client.SubmitAsync(await client.GetDocumentAsync(url), "delete-form", new Dictionary<string, string>(), url);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.ReadDocumentAsync();
        Assert.Equal($"'{path}' đang được dùng trong 1 nội dung. Hãy xác nhận nếu vẫn muốn xóa.", page.Text("[data-test=error]"));
        Assert.Single(page.QuerySelectorAll($"[data-test=uses] li[data-item='{id}'] a"));
        Assert.NotNull(await client.GetDocumentAsync(url));

        var confirmed = await client.SubmitAsync(page, "delete-form", new Dictionary<string, string>(), url);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task DeletingAFolderThatHoldsFiles_IsRefused()
    {
        var client = await site.SignedInAsync("Editor");
        var folder = await client.NewFolderAsync();
        await UploadAsync(client, folder, "con.jpg");

        var index = await client.GetDocumentAsync("/Admin/Media?folder=" + folder);
        var response = await client.SubmitAsync(index, "delete-folder-form", new Dictionary<string, string>(), "/Admin/Media?folder=" + folder);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"Thư mục '{folder}' không trống: chỉ xóa được thư mục trống.", (await response.ReadDocumentAsync()).Text("[data-test=error]"));
    }
}
