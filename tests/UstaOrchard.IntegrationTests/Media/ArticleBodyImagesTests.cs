using Microsoft.Extensions.DependencyInjection;
using Usta.Articles;
using Usta.Contents;
using UstaOrchard.Core.Contents;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Media;

/// <summary>Pictures inside an article's body get their size and srcset when the page is shown.</summary>
[Collection(MediaSite.Name)]
public sealed class ArticleBodyImagesTests(ServedMediaFixture site)
{
    [Fact]
    public async Task MediaImageInTheBody_GetsSizeSrcsetAndLazyLoading_OthersAreLeftAlone()
    {
        await site.PutAsync("than-bai/anh.jpg", TestImages.TwoHalves(700, 350));
        var version = await site.VersionOfAsync("than-bai/anh.jpg");
        var body = """
            <p>Mở đầu</p>
            <figure><img src="/media/than-bai/anh.jpg" alt="Trong bài"><figcaption>Ảnh trong bài</figcaption></figure>
            <p><img src="https://example.org/ngoai.jpg" alt="Bên ngoài"></p>
            <p><img src="/media/than-bai/khong-co.jpg" alt="Mất"></p>
            <p><img src="/media/than-bai/anh.jpg" width="100" alt="Đã có cỡ"></p>
            <p><img src="/media/than-bai/anh.jpg" width="700" height="350" alt="Cỡ thật"></p>
            <p><img src="/media/..%2F..%2Fusta.db" alt="Leo ra ngoài"></p>
            """;
        var item = await site.Factory.InScopeAsync(async sp =>
        {
            var contents = sp.GetRequiredService<ContentManager>();
            var article = contents.New(ArticlesStartup.ContentType).Apply(new TitlePart { Title = "Bài có ảnh trong thân " + Guid.NewGuid().ToString("N")[..6] })
                .Apply(new AutoroutePart()).Apply(new HtmlBodyPart { Html = body });
            return await contents.CreateAsync(article, publish: true);
        });

        var page = await site.Client.GetDocumentAsync(ContentRoutes.UrlOf(item));

        var images = page.QuerySelectorAll("[data-test=article-body] img").ToList();
        var inBody = images.Single(i => i.GetAttribute("alt") == "Trong bài");
        Assert.Equal(("700", "350"), (inBody.GetAttribute("width"), inBody.GetAttribute("height")));
        Assert.Equal("lazy", inBody.GetAttribute("loading"));
        Assert.Equal($"/media/than-bai/anh.jpg?w=160&v={version} 160w", inBody.GetAttribute("srcset")!.Split(", ")[0]);
        Assert.EndsWith($"/media/than-bai/anh.jpg?w=960&v={version} 700w", inBody.GetAttribute("srcset"));
        Assert.Equal("/media/than-bai/anh.jpg", inBody.GetAttribute("src"));
        foreach (var alt in new[] { "Bên ngoài", "Mất", "Leo ra ngoài" })
            Assert.Null(images.Single(i => i.GetAttribute("alt") == alt).GetAttribute("srcset"));
        var sized = images.Single(i => i.GetAttribute("alt") == "Đã có cỡ");
        Assert.Equal("100", sized.GetAttribute("width"));
        Assert.Null(sized.GetAttribute("srcset"));
        // The picture's own size, as an editor inserting it writes, still gets the smaller copies.
        var natural = images.Single(i => i.GetAttribute("alt") == "Cỡ thật");
        Assert.Equal(("700", "350"), (natural.GetAttribute("width"), natural.GetAttribute("height")));
        Assert.Equal(inBody.GetAttribute("srcset"), natural.GetAttribute("srcset"));
    }
}
