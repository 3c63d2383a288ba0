using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Caching;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Caching;

/// <summary>The layout's blocks kept rendered: a reader gets the same bytes as from a live render.</summary>
public sealed class KeptBlocksTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    private const string Article = "/tin-tuc/chi-bo-lien-hiep-cac-hoi-khoa-hoc-va-ky-thuat-dong-nai-day-manh-cong-tac-giao-duc-chinh-tri-tu-tuong-cho-can-bo-dang";

    // The menu marks the home page and a category of its own, and nothing on an article; the search page's box
    // shows the query (rendered live); ?culture=en switches the strings; a 404 page has the layout too.
    [Theory]
    [InlineData("/")]
    [InlineData(Article)]
    [InlineData("/chuyen-muc/tin-tuc-su-kien")]
    [InlineData("/chuyen-muc/hoat-dong-hoi-thanh-vien")]
    [InlineData("/tim-kiem?q=h%E1%BB%99i")]
    [InlineData(Article + "?culture=en")]
    [InlineData("/khong-co-trang-nay")]
    public async Task KeptPage_IsByteForByteTheLiveRender(string path)
    {
        // No User-Agent: a robot, so no visit is counted and the counter's figures stay put between the renders.
        var reader = site.Factory.CreateBrowser();
        Assert.Equal(await LiveAsync(reader, path), await KeptAsync(reader, path));
    }

    [Fact]
    public async Task SignedInFooter_IsKeptApartFromTheAnonymousOne()
    {
        var anonymous = site.Factory.CreateBrowser();
        var editor = await site.Factory.SignedInAsync("Editor");
        // Kept for anonymous readers first: a signed-in reader must not get their footer.
        var keptAnonymous = await KeptAsync(anonymous, Article);
        Assert.Contains("data-test=\"login-link\"", keptAnonymous);
        var keptEditor = Footer(await KeptAsync(editor, Article));
        Assert.Contains("data-test=\"admin-link\"", keptEditor);
        Assert.Equal(Footer(await LiveAsync(editor, Article)), keptEditor);
    }

    // The menu's and the links' eviction are held by the menu and link editing tests; the bulletins' here.
    [Fact]
    public async Task KeptBulletins_GoWhenABulletinChanges()
    {
        var reader = site.Factory.CreateBrowser();
        var shown = Bulletins(await KeptAsync(reader, Article));
        var newest = shown[0];
        var id = await site.Factory.InScopeAsync(sp => sp.GetRequiredService<UstaDbContext>().Set<Usta.Contents.AutorouteIndex>().AsNoTracking()
            .Where(x => x.Path == newest.TrimStart('/') && x.Published).Select(x => x.ContentItemId).FirstAsync());
        try
        {
            Assert.True(await site.Factory.InScopeAsync(sp => sp.GetRequiredService<ContentManager>().UnpublishAsync(id)));
            Assert.DoesNotContain(newest, Bulletins(await KeptAsync(reader, Article)));
        }
        finally
        {
            Assert.True(await site.Factory.InScopeAsync(async sp => (await sp.GetRequiredService<ContentManager>().PublishAsync(id)).Succeeded));
        }
        Assert.Equal(shown, Bulletins(await KeptAsync(reader, Article)));
    }

    private static List<string> Bulletins(string html)
        => new HtmlParser().ParseDocument(html).QuerySelectorAll("[data-test=latest-bulletins] li a").Select(a => a.GetAttribute("href")!).ToList();

    private async Task<string> LiveAsync(HttpClient client, string path)
    {
        var blocks = site.Factory.Services.GetRequiredService<KeptBlocks>();
        blocks.Enabled = false;
        try
        {
            return await GetAsync(client, path);
        }
        finally
        {
            blocks.Enabled = true;
        }
    }

    // The first render keeps the blocks, the second is built from them: both must be the live bytes.
    private static async Task<string> KeptAsync(HttpClient client, string path)
    {
        var first = await GetAsync(client, path);
        var second = await GetAsync(client, path);
        Assert.Equal(first, second);
        return second;
    }

    // A query key no page reads: the output cache never answers it, every request renders the page.
    private static async Task<string> GetAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path + (path.Contains('?') ? "&" : "?") + "kept-test=1");
        return await response.Content.ReadAsStringAsync();
    }

    private static string Footer(string html) => html[html.IndexOf("<footer class=\"site-footer\"", StringComparison.Ordinal)..];
}
