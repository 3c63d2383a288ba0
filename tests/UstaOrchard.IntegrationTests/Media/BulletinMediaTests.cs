using Microsoft.Extensions.DependencyInjection;
using Usta.Bulletins;
using Usta.Contents;
using UstaOrchard.Core.Contents;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Media;

/// <summary>Bulletin covers through &lt;media-image&gt; and the PDF link through MediaUrls.</summary>
[Collection(MediaSite.Name)]
public sealed class BulletinMediaTests(ServedMediaFixture site)
{
    private Task<ContentItem> CreateBulletinAsync(int number, string cover, string pdf) => site.Factory.InScopeAsync(async sp =>
    {
        var contents = sp.GetRequiredService<ContentManager>();
        var bulletin = contents.New(BulletinsStartup.ContentType).Apply(new TitlePart { Title = $"Bản tin số {number}" }).Apply(new AutoroutePart())
            .Apply(new BulletinPart
            {
                Number = number,
                Year = 2031,
                Cover = new MediaField { Paths = [cover], MediaTexts = ["Bìa bản tin"] },
                Pdf = new MediaField { Paths = [pdf] },
            });
        return await contents.CreateAsync(bulletin, publish: true);
    });

    [Fact]
    public async Task IssuePage_HasTheCoverWithItsSize_AndAVersionedPdfLink()
    {
        await site.PutAsync("ban-tin/bia-7.jpg", TestImages.TwoHalves(600, 850));
        await site.PutAsync("ban-tin/so-7.pdf", "%PDF-1.4"u8.ToArray());
        var pdfVersion = await site.VersionOfAsync("ban-tin/so-7.pdf");
        var item = await CreateBulletinAsync(7, "ban-tin/bia-7.jpg", "ban-tin/so-7.pdf");

        var page = await site.Client.GetDocumentAsync(ContentRoutes.UrlOf(item));

        var cover = page.QuerySelector("img[data-test=bulletin-cover]")!;
        Assert.Equal(("600", "850", "Bìa bản tin"), (cover.GetAttribute("width"), cover.GetAttribute("height"), cover.GetAttribute("alt")));
        Assert.Equal($"/media/ban-tin/so-7.pdf?v={pdfVersion}", page.QuerySelector("a[data-test=bulletin-pdf]")!.GetAttribute("href"));

        var list = await site.Client.GetDocumentAsync("/ban-tin?nam=2031");
        var thumb = list.QuerySelector("img[data-test=bulletin-thumb]")!;
        Assert.Equal("lazy", thumb.GetAttribute("loading"));
        Assert.StartsWith("/media/ban-tin/bia-7.jpg?w=320&v=", thumb.GetAttribute("src"));
    }

    [Fact]
    public async Task MissingPdfAndCover_ShowNoLinkAndNoImage()
    {
        var item = await CreateBulletinAsync(8, "ban-tin/khong-co.jpg", "ban-tin/khong-co.pdf");
        var page = await site.Client.GetDocumentAsync(ContentRoutes.UrlOf(item));
        Assert.Null(page.QuerySelector("[data-test=bulletin-pdf]"));
        Assert.Null(page.QuerySelector("[data-test=bulletin] img"));
    }
}
