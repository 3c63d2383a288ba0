using System.Net;
using System.Net.Http.Headers;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Recipes.Admin;

/// <summary>
/// On a real Kestrel, an upload past Recipes:MaxUploadBytes, sent chunked (no length announced) so that
/// only reading finds it too large, is answered 413 with the Vietnamese message, not a 500 or a reset.
/// </summary>
public sealed class RecipeUploadKestrelTests(RecipesKestrelSite site) : IClassFixture<RecipesKestrelSite>
{
    [Fact]
    public async Task ChunkedUploadOverTheLimit_Gets413_WithTheLimitNamed()
    {
        var client = new HttpClient(new SocketsHttpHandler { CookieContainer = new(), AllowAutoRedirect = false }) { BaseAddress = site.Address };
        await site.Factory.SignInAsync(client, "Administrator");
        var token = (await client.GetDocumentAsync("/Admin/Recipes")).QuerySelector("#upload-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var file = new ByteArrayContent(new byte[RecipesAdminSite.MaxUploadBytes * 2]);
        file.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"file\"", FileName = "\"lon.json\"" };
        var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, file };
        var request = new HttpRequestMessage(HttpMethod.Post, "/Admin/Recipes?handler=Upload") { Content = form };
        request.Headers.TransferEncodingChunked = true;

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("Tệp lớn hơn 293 KB, dung lượng tối đa của một công thức tải lên.", (await response.ReadDocumentAsync()).Text("#upload-error"));
    }
}
