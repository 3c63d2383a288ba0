using System.Net;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Media;

/// <summary>The library, its upload endpoint and the picker need ManageMedia: Editors have it, Authors do not.</summary>
public class AccessTests(MediaSiteFixture site) : IClassFixture<MediaSiteFixture>
{
    public static TheoryData<string, string> Requests() => new()
    {
        { "GET", "/Admin/Media" },
        { "GET", "/Admin/Media/File?path=x.jpg" },
        { "GET", "/Admin/Media/Add" },
        { "GET", "/Admin/Media/Browse" },
        { "GET", "/Admin/Media/Picker" },
        { "POST", "/Admin/Media/Upload" },
        { "POST", "/Admin/Media/Add" },
    };

    private static HttpRequestMessage Request(string method, string url)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method == "POST") request.Content = new MultipartFormDataContent { { new ByteArrayContent(MediaRequests.Png()), "file", "a.png" } };
        return request;
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task AnonymousUser_IsSentToTheLoginPage(string method, string url)
    {
        var response = await site.Factory.CreateBrowser().SendAsync(Request(method, url));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/dang-nhap?ReturnUrl=", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Author_WithoutManageMedia_IsDenied(string method, string url)
    {
        var client = await site.SignedInAsync("Author");

        var response = await client.SendAsync(Request(method, url));

        // 403 where the request was made, with the site's Vietnamese page, not a redirect.
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var denied = await response.ReadDocumentAsync();
        Assert.Equal("Không có quyền truy cập", denied.Text("h1"));
    }

    [Fact]
    public async Task Author_DoesNotSeeTheLibraryInTheMenu_AnEditorDoes()
    {
        var author = await (await site.SignedInAsync("Author")).GetDocumentAsync("/Admin");
        var editor = await (await site.SignedInAsync("Editor")).GetDocumentAsync("/Admin");

        Assert.Null(author.GetElementById("admin-menu-media"));
        Assert.Equal("/Admin/Media", editor.GetElementById("admin-menu-media")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/Admin/Media")]
    [InlineData("/Admin/Media/Browse")]
    [InlineData("/Admin/Media/Picker")]
    [InlineData("/Admin/Media/Add")]
    public async Task Editor_IsLetIn(string url)
    {
        var client = await site.SignedInAsync("Editor");

        await client.GetDocumentAsync(url);
    }
}
