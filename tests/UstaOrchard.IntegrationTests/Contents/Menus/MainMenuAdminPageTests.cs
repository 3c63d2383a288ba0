using System.Net;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Contents.Menus;

/// <summary>A site set up from the blank recipe has no main menu: the admin's "Menu chính" makes one.</summary>
public sealed class MainMenuAdminPageTests
{
    [Fact]
    public async Task BlankSite_MakesAnEmptyMainMenu_ThenEditsIt()
    {
        await using var factory = new UstaAppFactory(TestDatabase.Sqlite(), settings: new Dictionary<string, string?> { ["Setup:Recipe"] = "blank" });
        var admin = await factory.SignedInAsync("Administrator");
        var page = await admin.GetDocumentAsync("/Admin/Menu");
        Assert.Equal("/Admin/Menu", page.QuerySelector("a#admin-menu-menu")!.GetAttribute("href"));

        var response = await admin.SubmitAsync(page, "create-main-menu", new Dictionary<string, string>(), "/Admin/Menu");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var edit = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/Admin/Contents/Edit/", edit);
        Assert.Equal(edit, (await admin.GetAsync("/Admin/Menu")).Headers.Location!.OriginalString);
        Assert.Equal(["Trang chủ"], (await factory.CreateBrowser().GetDocumentAsync("/")).Texts("[data-test=category-menu] > li > a"));
    }
}
