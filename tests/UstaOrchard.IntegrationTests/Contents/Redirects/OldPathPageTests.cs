using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Usta.Contents;
using UstaOrchard.Core.Contents;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Contents.Redirects;

/// <summary>A reader at an article's old address: 301 to the current one, keeping only the query keys pages read.</summary>
public sealed class OldPathPageTests
{
    private const string SeedPath = "/tin-tuc/chi-bo-lien-hiep-cac-hoi-khoa-hoc-va-ky-thuat-dong-nai-day-manh-cong-tac-giao-duc-chinh-tri-tu-tuong-cho-can-bo-dang";

    [Fact]
    public async Task OldArticlePath_MovesPermanentlyToTheNewOne_AndARemovedArticlesOldPathIs404()
    {
        await using var factory = new UstaAppFactory();
        var client = factory.CreateBrowser();
        await client.GetDocumentAsync(SeedPath);
        await factory.InScopeAsync(async sp =>
        {
            var id = (await sp.GetRequiredService<ContentRoutes>().FindPublishedAsync(SeedPath, default))!.ContentItemId;
            await RedirectTests.MoveAsync(sp, id, "tin-tuc/chi-bo-day-manh-giao-duc-chinh-tri");
            return 0;
        });

        var moved = await client.GetAsync(SeedPath + "?utm_source=zalo&in=1&trang=2");
        Assert.Equal(HttpStatusCode.MovedPermanently, moved.StatusCode);
        Assert.Equal("/tin-tuc/chi-bo-day-manh-giao-duc-chinh-tri?in=1&trang=2", moved.Headers.Location!.OriginalString);
        var plain = await client.GetAsync(SeedPath);
        Assert.Equal("/tin-tuc/chi-bo-day-manh-giao-duc-chinh-tri", plain.Headers.Location!.OriginalString);
        await client.GetDocumentAsync("/tin-tuc/chi-bo-day-manh-giao-duc-chinh-tri");

        await factory.InScopeAsync(async sp =>
        {
            var id = (await sp.GetRequiredService<ContentRoutes>().FindPublishedAsync("tin-tuc/chi-bo-day-manh-giao-duc-chinh-tri", default))!.ContentItemId;
            return await sp.GetRequiredService<ContentManager>().RemoveAsync(id);
        });
        await client.GetDocumentAsync(SeedPath, HttpStatusCode.NotFound);
    }
}
