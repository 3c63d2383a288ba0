using AngleSharp.Dom;
using Microsoft.Extensions.DependencyInjection;
using Usta.Articles;
using Usta.Contents;
using UstaOrchard.Core.Contents;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Media;

/// <summary>&lt;media-image&gt; on the article page, the article list and Open Graph.</summary>
[Collection(MediaSite.Name)]
public sealed class MediaImageTagHelperTests(ServedMediaFixture site)
{
    private Task<ContentItem> CreateArticleAsync(string title, string? imagePath, string? caption = null, string? body = null) => site.Factory.InScopeAsync(async sp =>
    {
        var contents = sp.GetRequiredService<ContentManager>();
        var article = contents.New(ArticlesStartup.ContentType).Apply(new TitlePart { Title = title }).Apply(new AutoroutePart());
        if (body is not null) article.Apply(new HtmlBodyPart { Html = body });
        article.Alter<ArticlePart>(a => a.Image = new MediaField
        {
            Paths = imagePath is null ? [] : [imagePath],
            MediaTexts = ["Toàn cảnh hội nghị"],
            Captions = caption is null ? [] : [caption],
        });
        return await contents.CreateAsync(article, publish: true);
    });

    [Fact]
    public async Task ArticleImage_HasSrcsetSizesAndRealDimensions_InAFigureWithItsCaption()
    {
        await site.PutAsync("bai-viet/hoi-nghi.jpg", TestImages.TwoHalves(1000, 750));
        var version = await site.VersionOfAsync("bai-viet/hoi-nghi.jpg");
        var item = await CreateArticleAsync("Hội nghị có ảnh " + Guid.NewGuid().ToString("N")[..6], "bai-viet/hoi-nghi.jpg", "Hội nghị tổng kết năm 2021");

        var page = await site.Client.GetDocumentAsync(ContentRoutes.UrlOf(item));

        var figure = page.QuerySelector("figure.featured-image")!;
        Assert.Equal("Hội nghị tổng kết năm 2021", figure.QuerySelector("figcaption")!.TextContent);
        var img = figure.QuerySelector("picture > img[data-test=article-image]")!;
        Assert.Equal("1000", img.GetAttribute("width"));
        Assert.Equal("750", img.GetAttribute("height"));
        Assert.Equal("Toàn cảnh hội nghị", img.GetAttribute("alt"));
        Assert.Equal("async", img.GetAttribute("decoding"));
        Assert.Equal("high", img.GetAttribute("fetchpriority"));
        Assert.Null(img.GetAttribute("loading"));
        Assert.Equal($"/media/bai-viet/hoi-nghi.jpg?w=640&v={version}", img.GetAttribute("src"));
        // Offered widths up to the original; 1280 gives the original's 1000 and says so; 1920 is not offered.
        Assert.Equal(
            [$"/media/bai-viet/hoi-nghi.jpg?w=160&v={version} 160w", $"/media/bai-viet/hoi-nghi.jpg?w=320&v={version} 320w",
             $"/media/bai-viet/hoi-nghi.jpg?w=480&v={version} 480w", $"/media/bai-viet/hoi-nghi.jpg?w=640&v={version} 640w",
             $"/media/bai-viet/hoi-nghi.jpg?w=960&v={version} 960w", $"/media/bai-viet/hoi-nghi.jpg?w=1280&v={version} 1000w"],
            Srcset(img));
        Assert.NotNull(img.GetAttribute("sizes"));
        var source = figure.QuerySelector("picture > source[type='image/webp']")!;
        Assert.All(Srcset(source), c => Assert.Contains("&format=webp&v=", c));
        Assert.Equal(6, Srcset(source).Count);

        // Every URL written answers with an image.
        foreach (var candidate in Srcset(img).Concat(Srcset(source)))
        {
            var response = await site.Client.GetAsync(candidate.Split(' ')[0]);
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
            Assert.StartsWith("image/", response.Content.Headers.ContentType!.MediaType);
        }

        var og = page.QuerySelector("meta[property='og:image']")!.GetAttribute("content");
        Assert.Equal($"{ServedMediaFixture.BaseUrl}/media/bai-viet/hoi-nghi.jpg?w=1280&v={version}", og);
    }

    [Fact]
    public async Task ArticleImage_ShownInTheBody_IsNotRepeatedAboveIt_ButStillHeadsListsAndOpenGraph()
    {
        await site.PutAsync("bai-viet/trong-bai.jpg", TestImages.TwoHalves(800, 600));
        var body = """<p>Mở đầu.</p><figure><img src="/media/bai-viet/trong-bai.jpg" alt="Hội trường"><figcaption>Toàn cảnh hội trường</figcaption></figure>""";
        var item = await CreateArticleAsync("Ảnh trong bài " + Guid.NewGuid().ToString("N")[..6], "bai-viet/trong-bai.jpg", "Toàn cảnh hội trường", body);

        var page = await site.Client.GetDocumentAsync(ContentRoutes.UrlOf(item));

        Assert.Null(page.QuerySelector("[data-test=article-image]"));
        Assert.Single(page.QuerySelectorAll("[data-test=article] img"), i => i.GetAttribute("src")!.StartsWith("/media/bai-viet/trong-bai.jpg"));
        Assert.Contains("/media/bai-viet/trong-bai.jpg?w=1280", page.QuerySelector("meta[property='og:image']")!.GetAttribute("content"));
    }

    [Fact]
    public async Task ListThumbnail_IsLazy_WithoutAFigure()
    {
        await site.PutAsync("bai-viet/danh-sach.png", TestImages.TwoHalves(300, 200, SkiaSharp.SKEncodedImageFormat.Png));
        var title = "Tin có ảnh nhỏ " + Guid.NewGuid().ToString("N")[..6];
        var item = await CreateArticleAsync(title, "bai-viet/danh-sach.png");
        var day = TimeZoneInfo.ConvertTimeFromUtc(item.PublishedUtc!.Value, TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh"));

        // The home page's list and the day page's list both read the picture from the list index.
        foreach (var url in new[] { "/", "/ngay/" + day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) })
        {
            var list = await site.Client.GetDocumentAsync(url);
            var summary = list.QuerySelectorAll("[data-test=article-summary]").Single(s => s.TextContent.Contains(title));
            var img = summary.QuerySelector("img[data-test=article-thumb]")!;
            Assert.Equal("lazy", img.GetAttribute("loading"));
            Assert.Equal("thumb", img.GetAttribute("class"));
            Assert.Equal("Toàn cảnh hội nghị", img.GetAttribute("alt"));
            Assert.Equal(("300", "200"), (img.GetAttribute("width"), img.GetAttribute("height")));
            Assert.Equal(["160w", "300w"], Srcset(img).Select(c => c.Split(" ")[1])); // 320 gives the original 300
            Assert.Null(summary.QuerySelector("figure"));
        }
    }

    [Theory]
    [InlineData("khong-co/anh.jpg")]
    [InlineData("../../usta.db")]
    [InlineData("a\\b.jpg")]
    public async Task MissingOrRefusedImage_WritesNothing(string path)
    {
        var item = await CreateArticleAsync("Tin mất ảnh " + Guid.NewGuid().ToString("N")[..6], path, "Chú thích");
        var page = await site.Client.GetDocumentAsync(ContentRoutes.UrlOf(item));
        Assert.Null(page.QuerySelector("[data-test=article] img"));
        Assert.Null(page.QuerySelector("[data-test=article] figure"));
        Assert.Null(page.QuerySelector("meta[property='og:image']"));
    }

    [Theory]
    [InlineData("media")]
    [InlineData("media/x")]
    [InlineData("media/anh/hoi-nghi")]
    public async Task ArticleGivenAMediaPath_IsRefused(string path)
    {
        var error = await Assert.ThrowsAsync<ContentValidationException>(() => site.Factory.InScopeAsync(async sp =>
        {
            var contents = sp.GetRequiredService<ContentManager>();
            var article = contents.New(ArticlesStartup.ContentType).Apply(new TitlePart { Title = "Chiếm " + path }).Apply(new AutoroutePart { Path = path });
            return await contents.CreateAsync(article, publish: true);
        }));
        Assert.Equal($"Địa chỉ /{path} thuộc về một trang của hệ thống. Hãy chọn địa chỉ khác.", error.Message);
    }

    private static List<string> Srcset(IElement element) =>
        element.GetAttribute("srcset")!.Split(", ").ToList();
}
