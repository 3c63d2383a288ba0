using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;

namespace UstaOrchard.IntegrationTests.Media;

/// <summary>/media/{path}: types, caching headers, ranges, 404 page, no listing, large files streamed.</summary>
[Collection(MediaSite.Name)]
public sealed class MediaServingTests(ServedMediaFixture site)
{
    private static readonly byte[] Bytes = Enumerable.Range(0, 1000).Select(i => (byte)i).ToArray();

    [Theory]
    [InlineData("jpg", "image/jpeg")]
    [InlineData("jpeg", "image/jpeg")]
    [InlineData("png", "image/png")]
    [InlineData("gif", "image/gif")]
    [InlineData("webp", "image/webp")]
    [InlineData("pdf", "application/pdf")]
    [InlineData("doc", "application/msword")]
    [InlineData("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    [InlineData("xls", "application/vnd.ms-excel")]
    [InlineData("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    [InlineData("ppt", "application/vnd.ms-powerpoint")]
    [InlineData("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation")]
    [InlineData("odt", "application/vnd.oasis.opendocument.text")]
    [InlineData("mp3", "audio/mpeg")]
    [InlineData("mp4", "video/mp4")]
    public async Task KnownKind_IsServedWithItsType_AndNosniff(string extension, string type)
    {
        await site.PutAsync($"kinds/tep.{extension}", Bytes);
        var response = await site.Client.GetAsync($"/media/kinds/tep.{extension}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Null(response.Content.Headers.ContentDisposition);
        Assert.Equal(Bytes, await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("html")]
    [InlineData("zip")]
    [InlineData("exe")]
    public async Task OtherKind_IsADownload(string extension)
    {
        await site.PutAsync($"kinds/khac.{extension}", "<script>alert(1)</script>"u8.ToArray());
        var response = await site.Client.GetAsync($"/media/kinds/khac.{extension}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/octet-stream", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Svg_HasTheSandboxPolicy()
    {
        await site.PutAsync("kinds/hinh.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"u8.ToArray());
        var response = await site.Client.GetAsync("/media/kinds/hinh.svg");
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("default-src 'none'; style-src 'unsafe-inline'; sandbox", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task ETagAndLastModified_Give304()
    {
        await site.PutAsync("cache/tai-lieu.pdf", Bytes);
        var first = await site.Client.GetAsync("/media/cache/tai-lieu.pdf");
        var etag = first.Headers.ETag!;
        var modified = first.Content.Headers.LastModified!.Value;

        using var byTag = new HttpRequestMessage(HttpMethod.Get, "/media/cache/tai-lieu.pdf");
        byTag.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.NotModified, (await site.Client.SendAsync(byTag)).StatusCode);

        using var byDate = new HttpRequestMessage(HttpMethod.Get, "/media/cache/tai-lieu.pdf");
        byDate.Headers.IfModifiedSince = modified;
        Assert.Equal(HttpStatusCode.NotModified, (await site.Client.SendAsync(byDate)).StatusCode);

        using var otherTag = new HttpRequestMessage(HttpMethod.Get, "/media/cache/tai-lieu.pdf");
        otherTag.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"khac\""));
        Assert.Equal(HttpStatusCode.OK, (await site.Client.SendAsync(otherTag)).StatusCode);
    }

    [Fact]
    public async Task VersionedUrl_IsImmutable_OthersAreShort()
    {
        await site.PutAsync("cache/ban-tin.pdf", Bytes);
        var version = await site.VersionOfAsync("cache/ban-tin.pdf");
        var versioned = await site.Client.GetAsync($"/media/cache/ban-tin.pdf?v={version}");
        Assert.Equal("public, max-age=31536000, immutable", versioned.Headers.CacheControl!.ToString());
        var plain = await site.Client.GetAsync("/media/cache/ban-tin.pdf");
        Assert.Equal("public, max-age=300", plain.Headers.CacheControl!.ToString());
        var stale = await site.Client.GetAsync("/media/cache/ban-tin.pdf?v=0000000000");
        Assert.Equal("public, max-age=300", stale.Headers.CacheControl!.ToString());
    }

    [Fact]
    public async Task Range_Gives206_AndOutOfRange416()
    {
        await site.PutAsync("range/video.mp4", Bytes);
        using var part = new HttpRequestMessage(HttpMethod.Get, "/media/range/video.mp4");
        part.Headers.Range = new RangeHeaderValue(100, 199);
        var response = await site.Client.SendAsync(part);
        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal("bytes 100-199/1000", response.Content.Headers.ContentRange!.ToString());
        Assert.Equal(Bytes[100..200], await response.Content.ReadAsByteArrayAsync());

        using var beyond = new HttpRequestMessage(HttpMethod.Get, "/media/range/video.mp4");
        beyond.Headers.Range = new RangeHeaderValue(5000, 6000);
        Assert.Equal(HttpStatusCode.RequestedRangeNotSatisfiable, (await site.Client.SendAsync(beyond)).StatusCode);
    }

    [Fact]
    public async Task Head_HasTheHeaders_AndNoBody()
    {
        await site.PutAsync("head/tep.pdf", Bytes);
        using var head = new HttpRequestMessage(HttpMethod.Head, "/media/head/tep.pdf");
        var response = await site.Client.SendAsync(head);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1000, response.Content.Headers.ContentLength);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/media/khong-co.jpg")]
    [InlineData("/media/thu-muc-khong-co/anh.jpg")]
    [InlineData("/media/listing")]
    [InlineData("/media")]
    public async Task MissingFileOrFolder_IsTheVietnamese404_WithoutAListing(string url)
    {
        await site.PutAsync("listing/bi-mat.pdf", Bytes);
        var response = await site.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("Không tìm thấy trang", body);
        Assert.DoesNotContain("bi-mat", body);
    }

    [Fact]
    public async Task UpperCaseName_IsServedAsItIs_NotRedirectedToLowerCase()
    {
        // A recipe may place "Anh.JPG": media paths keep their case, unlike page addresses.
        await site.PutAsync("Hoa/Anh.JPG", Bytes);
        var response = await site.Client.GetAsync("/media/Hoa/Anh.JPG");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task PostToMedia_Is405()
    {
        await site.PutAsync("method/tep.pdf", Bytes);
        var response = await site.Client.PostAsync("/media/method/tep.pdf", new ByteArrayContent([1]));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task ThirtyMegabyteVideo_StreamsWhole()
    {
        var big = new byte[30 * 1024 * 1024];
        new Random(6).NextBytes(big);
        await site.PutAsync("lon/video.mp4", big);
        using var response = await site.Client.GetAsync("/media/lon/video.mp4", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(big.Length, response.Content.Headers.ContentLength);
        await using var body = await response.Content.ReadAsStreamAsync();
        Assert.Equal(SHA256.HashData(big), await SHA256.HashDataAsync(body));
    }
}
