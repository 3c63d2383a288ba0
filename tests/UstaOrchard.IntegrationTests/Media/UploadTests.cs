using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Usta.Media.Library;
using UstaOrchard.Core.Media;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Media;

public class UploadTests(MediaSiteFixture site) : IClassFixture<MediaSiteFixture>
{
    private static async Task<(HttpStatusCode Status, string? Path, string? Error)> ReadAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        return (response.StatusCode, root.GetProperty("path").GetString(), root.GetProperty("error").GetString());
    }

    private Task<MediaFileRecord?> RowAsync(string path)
        => site.Factory.InScopeAsync(sp => sp.GetRequiredService<MediaQueries>().FileAsync(path, CancellationToken.None));

    [Fact]
    public async Task VietnameseName_IsNormalised_AndAClashGetsASuffix()
    {
        var client = await site.SignedInAsync("Editor");
        var folder = await client.NewFolderAsync();

        var first = await ReadAsync(await client.UploadAsync(folder, "Ảnh Hội nghị.JPG", MediaRequests.Jpeg(64, 48)));
        var second = await ReadAsync(await client.UploadAsync(folder, "Ảnh Hội nghị.JPG", MediaRequests.Jpeg()));

        Assert.Equal((HttpStatusCode.OK, folder + "/anh-hoi-nghi.jpg", null), first);
        Assert.Equal((HttpStatusCode.OK, folder + "/anh-hoi-nghi-2.jpg", null), second);
        var row = await RowAsync(folder + "/anh-hoi-nghi.jpg");
        Assert.NotNull(row);
        Assert.Equal((64, 48, "image/jpeg"), (row.Width, row.Height, row.ContentType));
        Assert.StartsWith("editor-", row.UploadedBy);
    }

    [Theory]
    [InlineData("anh.jpg", "png")]
    [InlineData("tai-lieu.pdf", "text")]
    [InlineData("bang.xlsx", "pdf")]
    [InlineData("video.mp4", "text")]
    [InlineData("anh.webp", "jpeg")]
    public async Task ContentNotMatchingTheExtension_IsRefused(string fileName, string actual)
    {
        var client = await site.SignedInAsync("Editor");
        var content = actual switch
        {
            "png" => MediaRequests.Png(),
            "jpeg" => MediaRequests.Jpeg(),
            "pdf" => Encoding.ASCII.GetBytes("%PDF-1.4\n%…"),
            _ => Encoding.UTF8.GetBytes("MZ this is not what the name says"),
        };

        var (status, path, error) = await ReadAsync(await client.UploadAsync("", fileName, content));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Null(path);
        Assert.Contains(fileName, error);
        Assert.Contains("không khớp với tên tệp", error);
    }

    [Fact]
    public async Task APictureOverThePixelLimit_IsRefusedAtUpload_NotOnlyWhenResized()
    {
        var client = await site.SignedInAsync("Editor");
        // 20,000 × 20,000: a few hundred bytes that would decode to 1.6 GB of pixels.
        var bomb = MediaRequests.PngHeaderOnly(20_000, 20_000);

        var (status, path, error) = await ReadAsync(await client.UploadAsync("", "bom.png", bomb));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Null(path);
        Assert.Equal("'bom.png' có kích thước 20000 × 20000 điểm ảnh, vượt quá 50.000.000 điểm ảnh mà trang có thể thu nhỏ.", error);
    }

    [Fact]
    public async Task Svg_IsRefusedByDefault()
    {
        var client = await site.SignedInAsync("Editor");
        var svg = Encoding.UTF8.GetBytes("""<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>""");

        var (status, _, error) = await ReadAsync(await client.UploadAsync("", "hinh.svg", svg));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("'hinh.svg': không nhận tệp SVG (tệp SVG có thể chứa mã script).", error);
    }

    [Fact]
    public async Task TooLargeFile_OnTheEndpoint_Is413_WithTheLimit()
    {
        var client = await site.SignedInAsync("Editor");
        var folder = await client.NewFolderAsync();
        var content = MediaRequests.Jpeg().Concat(new byte[MediaSiteFixture.MaxFileSize]).ToArray();

        var (status, path, error) = await ReadAsync(await client.UploadAsync(folder, "lon.jpg", content));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Null(path);
        Assert.Equal($"'lon.jpg' lớn hơn {MediaSiteFixture.LimitText}, dung lượng tối đa của một tệp trong thư viện.", error);
        var listed = await site.Factory.Services.GetRequiredService<IFileStore>().ListAsync(folder, 0, 10);
        Assert.Equal(0, listed.Total);
    }

    [Fact]
    public async Task TooLargeFile_InThePlainForm_ReShowsTheFormWithTheLimit_AndKeepsTheOthers()
    {
        var client = await site.SignedInAsync("Editor");
        var folder = await client.NewFolderAsync();
        var action = "/Admin/Media/Add?folder=" + folder;
        var token = await client.TokenAsync("/Admin/Media?folder=" + folder);

        var response = await client.PostFilesAsync(action, token,
            ("Lớn quá.jpg", MediaRequests.Jpeg().Concat(new byte[MediaSiteFixture.MaxFileSize]).ToArray()),
            ("nho.png", MediaRequests.Png()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        Assert.Equal($"'Lớn quá.jpg' lớn hơn {MediaSiteFixture.LimitText}, dung lượng tối đa của một tệp trong thư viện.", page.Text("[data-test=refused]"));
        Assert.Equal(folder + "/nho.png", page.QuerySelector("[data-test=uploaded]")!.GetAttribute("data-path"));
        Assert.NotNull(page.GetElementById("upload-form"));
    }

    [Fact]
    public async Task PlainForm_UploadsSeveralFiles_WithoutJavaScript()
    {
        var client = await site.SignedInAsync("Editor");
        var folder = await client.NewFolderAsync();
        var token = await client.TokenAsync("/Admin/Media?folder=" + folder);

        var response = await client.PostFilesAsync("/Admin/Media/Add?folder=" + folder, token,
            ("Một.png", MediaRequests.Png()), ("Hai.jpg", MediaRequests.Jpeg()));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.GetDocumentAsync("/Admin/Media?folder=" + folder);
        Assert.Equal(["hai.jpg", "mot.png"], page.Texts("#media-files [data-test=file-link]"));
        Assert.Equal("Đã tải lên 2 tệp.", page.Text("[data-test=status]"));
    }

    [Theory]
    [InlineData("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\n\r\n\u0089PNG")]
    [InlineData("no boundary at all")]
    public async Task ABrokenMultipartBody_Is400_Not500(string body)
    {
        var client = await site.SignedInAsync("Editor");
        var token = await client.TokenAsync();
        var content = new StringContent(body);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=b");
        var request = new HttpRequestMessage(HttpMethod.Post, "/Admin/Media/Upload") { Content = content };
        request.Headers.Add("RequestVerificationToken", token);

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ABrokenMultipartBody_InThePlainForm_Is400_Not500()
    {
        var client = await site.SignedInAsync("Editor");
        var token = await client.TokenAsync();
        var content = new StringContent("--b\r\nContent-Disposition: form-data; name=\"__RequestVerificationToken\"\r\n\r\n" + token + "\r\n--b\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.png\"\r\n\r\nabc");
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=b");

        var response = await client.PostAsync("/Admin/Media/Add", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task PlainForm_WithoutItsToken_IsRefused()
    {
        var client = await site.SignedInAsync("Editor");

        var response = await client.PostFilesAsync("/Admin/Media/Add", "not-a-token", ("a.png", MediaRequests.Png()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        site.Factory.Logs.Expect(e => e.Category.StartsWith("Microsoft.AspNetCore.Antiforgery", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Replace_KeepsThePath_AndOnlyWhenAskedFor()
    {
        var client = await site.SignedInAsync("Editor");
        var folder = await client.NewFolderAsync();
        var (_, path, _) = await ReadAsync(await client.UploadAsync(folder, "bia.jpg", MediaRequests.Jpeg(40, 30)));
        var detailsUrl = "/Admin/Media/File?path=" + Uri.EscapeDataString(path!);
        var token = await client.TokenAsync(detailsUrl, "replace-form");

        var wrongType = await client.PostFilesAsync("/Admin/Media/Add?handler=Replace&path=" + Uri.EscapeDataString(path!), token, ("bia.png", MediaRequests.Png()));
        Assert.Contains("chỉ có thể thay một tệp bằng tệp cùng loại (.jpg)", (await wrongType.ReadDocumentAsync()).Text("[data-test=refused]"));

        var replaced = await client.PostFilesAsync("/Admin/Media/Add?handler=Replace&path=" + Uri.EscapeDataString(path!), token, ("anh-moi.jpg", MediaRequests.Jpeg(80, 60)));
        Assert.Equal(HttpStatusCode.Redirect, replaced.StatusCode);
        var row = await RowAsync(path!);
        Assert.Equal((80, 60), (row!.Width, row.Height));
        var listed = await site.Factory.Services.GetRequiredService<IFileStore>().ListAsync(folder, 0, 10);
        Assert.Equal(["bia.jpg"], listed.Entries.Select(e => e.Name));
    }
}
