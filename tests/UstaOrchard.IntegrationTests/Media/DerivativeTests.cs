using System.Net;
using SkiaSharp;

namespace UstaOrchard.IntegrationTests.Media;

/// <summary>/media/{image}?w=…[&amp;format=webp][&amp;v=…]: fixed widths, upright, stripped, made once, replaced with the original.</summary>
[Collection(MediaSite.Name)]
public sealed class DerivativeTests(ServedMediaFixture site)
{
    [Theory]
    [InlineData(160)]
    [InlineData(320)]
    [InlineData(480)]
    [InlineData(640)]
    [InlineData(960)]
    [InlineData(1280)]
    [InlineData(1920)]
    public async Task OfferedWidth_GivesThatWidth_NeverMore(int width)
    {
        await site.PutAsync("rong/anh.jpg", TestImages.TwoHalves(1000, 500));
        var response = await site.Client.GetAsync($"/media/rong/anh.jpg?w={width}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType!.MediaType);
        using var image = TestImages.Decode(await response.Content.ReadAsByteArrayAsync());
        // Never upscaled: 1280 and 1920 give the original 1000.
        Assert.Equal(Math.Min(width, 1000), image.Width);
        Assert.Equal(Math.Min(width, 1000) / 2, image.Height);
    }

    [Theory]
    [InlineData("w=500", "Không có chiều rộng '500'")]
    [InlineData("w=0", "Không có chiều rộng '0'")]
    [InlineData("w=-640", "Không có chiều rộng '-640'")]
    [InlineData("w=640.0", "Không có chiều rộng '640.0'")]
    [InlineData("w=0640", "Không có chiều rộng '0640'")]
    [InlineData("w=99999999999999999999", "Không có chiều rộng")]
    [InlineData("w=640&w=320", "Tham số 'w' được đưa nhiều hơn một lần")]
    [InlineData("w=640&h=480", "Không chấp nhận tham số 'h'")]
    [InlineData("width=640", "Không chấp nhận tham số 'width'")]
    [InlineData("w=640&format=avif", "Không có định dạng 'avif'")]
    [InlineData("format=WEBP", "Không có định dạng 'WEBP'")]
    [InlineData("w=640&quality=100", "Không chấp nhận tham số 'quality'")]
    public async Task OtherWidthOrParameter_Is400_WithAMessage(string query, string message)
    {
        await site.PutAsync("rong/sai.jpg", TestImages.TwoHalves(400, 200));
        var before = site.Derivatives.EncodeCount;
        var response = await site.Client.GetAsync($"/media/rong/sai.jpg?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Equal(before, site.Derivatives.EncodeCount);
    }

    [Fact]
    public async Task WidthOnAPdf_Is400()
    {
        await site.PutAsync("rong/ban-tin.pdf", "%PDF-1.4"u8.ToArray());
        var response = await site.Client.GetAsync("/media/rong/ban-tin.pdf?w=640");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Chỉ ảnh (JPEG, PNG, GIF, WebP) mới có các cỡ khác", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Webp_IsWebp_AndVersionedIsImmutable()
    {
        await site.PutAsync("webp/anh.png", TestImages.TwoHalves(800, 400, SKEncodedImageFormat.Png));
        var version = await site.VersionOfAsync("webp/anh.png");
        var response = await site.Client.GetAsync($"/media/webp/anh.png?w=320&format=webp&v={version}");
        Assert.Equal("image/webp", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl!.ToString());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("WEBP", System.Text.Encoding.ASCII.GetString(bytes, 8, 4));
        Assert.Equal(320, TestImages.Decode(bytes).Width);

        var unversioned = await site.Client.GetAsync("/media/webp/anh.png?w=320&format=webp");
        Assert.Equal("public, max-age=300", unversioned.Headers.CacheControl!.ToString());
    }

    [Fact]
    public async Task Orientation6WithGps_GivesAnUprightDerivative_WithoutExif()
    {
        // Stored sideways (400×200, left red, right blue); orientation 6 means "turn a quarter clockwise to view".
        var original = TestImages.WithExif(TestImages.TwoHalves(400, 200), orientation: 6);
        using (var codec = SKCodec.Create(new MemoryStream(original)))
            Assert.Equal(SKEncodedOrigin.RightTop, codec.EncodedOrigin);
        Assert.True(TestImages.Contains(original, "Exif\0\0"u8.ToArray()));
        await site.PutAsync("exif/dien-thoai.jpg", original);

        var bytes = await site.Client.GetByteArrayAsync("/media/exif/dien-thoai.jpg?w=160");

        using var image = TestImages.Decode(bytes);
        Assert.Equal((160, 320), (image.Width, image.Height));
        // Turned clockwise, the left (red) half is on top.
        var top = image.GetPixel(80, 60);
        var bottom = image.GetPixel(80, 260);
        Assert.True(top.Red > 200 && top.Blue < 60, $"top pixel {top}");
        Assert.True(bottom.Blue > 200 && bottom.Red < 60, $"bottom pixel {bottom}");
        Assert.False(TestImages.Contains(bytes, "Exif"u8.ToArray()));
        Assert.False(TestImages.Contains(bytes, [0xFF, 0xE1]), "an APP1 segment is left");
        using var derived = SKCodec.Create(new MemoryStream(bytes));
        Assert.Equal(SKEncodedOrigin.TopLeft, derived.EncodedOrigin);
    }

    [Fact]
    public async Task WidthsAboveTheOriginal_AreOneFile_NotOneEncodeEach()
    {
        await site.PutAsync("tren-goc/anh.jpg", TestImages.TwoHalves(1000, 500));
        var before = site.Derivatives.EncodeCount;

        var large = await site.Client.GetByteArrayAsync("/media/tren-goc/anh.jpg?w=1280");
        var larger = await site.Client.GetByteArrayAsync("/media/tren-goc/anh.jpg?w=1920");

        Assert.Equal(before + 1, site.Derivatives.EncodeCount);
        Assert.Equal(large, larger);
    }

    [Fact]
    public async Task ADamagedImage_IsNotDecodedAgain_ForEveryWidthAsked()
    {
        var whole = TestImages.TwoHalves(400, 200);
        await site.PutAsync("hong-mot-lan/cut.jpg", whole[..(whole.Length / 3)]);
        var before = site.Derivatives.AttemptCount;

        foreach (var width in new[] { 160, 320, 160 })
            Assert.Equal(HttpStatusCode.UnprocessableEntity, (await site.Client.GetAsync($"/media/hong-mot-lan/cut.jpg?w={width}")).StatusCode);

        Assert.Equal(before + 1, site.Derivatives.AttemptCount);
    }

    [Fact]
    public async Task TwentyConcurrentFirstRequests_MakeTheDerivativeOnce()
    {
        await site.PutAsync("dong-thoi/anh.jpg", TestImages.TwoHalves(1200, 800));
        var before = site.Derivatives.EncodeCount;

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => site.Client.GetAsync("/media/dong-thoi/anh.jpg?w=960&format=webp")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(before + 1, site.Derivatives.EncodeCount);
        var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsByteArrayAsync()));
        Assert.All(bodies, b => Assert.Equal(bodies[0], b));
    }

    [Fact]
    public async Task ReplacedOriginal_GivesANewDerivative_AndANewVersion()
    {
        await site.PutAsync("thay/anh.jpg", TestImages.TwoHalves(600, 300));
        var oldVersion = await site.VersionOfAsync("thay/anh.jpg");
        using (var old = TestImages.Decode(await site.Client.GetByteArrayAsync($"/media/thay/anh.jpg?w=320&v={oldVersion}")))
            Assert.True(old.GetPixel(40, 80).Red > 200);
        var cache = Path.Combine(site.Derivatives.CacheRoot, "thay", "anh.jpg");
        Assert.Single(Directory.GetFiles(cache));

        await site.PutAsync("thay/anh.jpg", TestImages.TwoHalves(600, 300, left: SKColors.Lime, right: SKColors.Lime));
        var newVersion = await site.VersionOfAsync("thay/anh.jpg");

        Assert.NotEqual(oldVersion, newVersion);
        Assert.False(Directory.Exists(cache), "the old derivatives are left on disk");
        using var fresh = TestImages.Decode(await site.Client.GetByteArrayAsync($"/media/thay/anh.jpg?w=320&v={newVersion}"));
        Assert.True(fresh.GetPixel(40, 80).Green > 200 && fresh.GetPixel(40, 80).Red < 60);
    }

    [Fact]
    public async Task DeletedOrMovedOriginal_LosesItsDerivatives()
    {
        await site.PutAsync("xoa/anh.jpg", TestImages.TwoHalves(400, 200));
        Assert.Equal(HttpStatusCode.OK, (await site.Client.GetAsync("/media/xoa/anh.jpg?w=160")).StatusCode);
        var cache = Path.Combine(site.Derivatives.CacheRoot, "xoa");
        Assert.True(Directory.Exists(cache));

        await site.Store.MoveAsync("xoa", "da-chuyen");
        await site.Factory.InScopeAsync(async sp =>
        {
            await Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Usta.Media.MediaChanges>(sp)
                .NotifyAsync(new Usta.Media.MediaChange(Usta.Media.MediaChangeKind.Moved, "da-chuyen", IsFolder: true, OldPath: "xoa"), CancellationToken.None);
            return 0;
        });

        Assert.False(Directory.Exists(cache));
        Assert.Equal(HttpStatusCode.NotFound, (await site.Client.GetAsync("/media/xoa/anh.jpg?w=160")).StatusCode);
    }

    [Fact]
    public async Task ImageOverThePixelLimit_Is422_WithTheLimit()
    {
        // 1001 × 1000 is one row over the fixture's limit of 1,000,000 pixels.
        await site.PutAsync("lon/anh.png", TestImages.TwoHalves(1001, 1000, SKEncodedImageFormat.Png));
        var response = await site.Client.GetAsync("/media/lon/anh.png?w=320");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Ảnh 'anh.png' quá lớn để thu nhỏ (hơn 1.000.000 điểm ảnh).", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [Theory]
    [InlineData("hong/rac.jpg")]
    [InlineData("hong/cut.jpg")]
    [InlineData("hong/rong.png")]
    public async Task DamagedImage_Is422_WithAMessage(string path)
    {
        var whole = TestImages.TwoHalves(400, 200);
        var bytes = path switch
        {
            "hong/rac.jpg" => "day khong phai la anh"u8.ToArray(),
            "hong/cut.jpg" => whole[..(whole.Length / 3)],
            _ => [],
        };
        await site.PutAsync(path, bytes);
        var response = await site.Client.GetAsync($"/media/{path}?w=160");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("tệp bị hỏng hoặc không phải là ảnh", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task GifDerivative_IsAPngOfTheFirstFrame()
    {
        await site.PutAsync("gif/anh.gif", TestImages.TwoHalves(400, 200, SKEncodedImageFormat.Png));
        var response = await site.Client.GetAsync("/media/gif/anh.gif?w=160");
        // A PNG saved as .gif decodes anyway: Skia reads the content, not the name.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
    }
}
