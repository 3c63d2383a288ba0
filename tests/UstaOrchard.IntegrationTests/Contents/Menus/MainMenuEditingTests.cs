using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Usta.Contents.Menus;
using UstaOrchard.Core.Contents;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Contents.Menus;

/// <summary>The main menu edited through the content editor, as readers see it on their next request.</summary>
public sealed class MainMenuEditingTests(EditorSiteFixture site) : IClassFixture<EditorSiteFixture>
{
    private static string Tag() => Guid.NewGuid().ToString("N")[..6];

    [Fact]
    public async Task ReorderNestAndAdd_ShowOnTheNextPublicRequest_InThatOrder()
    {
        var tag = Tag();
        var pageTitle = "Lịch sử " + tag;
        var pageId = await MenuSite.PublishPageAsync(site.Factory, pageTitle, "lich-su-" + tag);
        await MenuSite.SetAsync(site.Factory, MenuSite.Content(MenuSite.NewsCategory), MenuSite.Content(MenuSite.BulletinCategory));
        // Cached for readers before the edit: the edit must evict it.
        Assert.Equal(["Trang chủ", "Tin tức – Sự kiện", "Bản tin"], await MenuSite.ShownAsync(site.Factory));

        var editor = await site.Factory.SignedInAsync("Editor");
        var edit = "/Admin/Contents/Edit/" + await MenuSite.MenuIdAsync(site.Factory);
        var form = await editor.GetDocumentAsync(edit);
        var response = await editor.SubmitAsync(form, "content-editor", new Dictionary<string, string>
        {
            ["MenuItemsListPart.Rows[1].Position"] = "5",           // Bản tin first
            ["MenuItemsListPart.Rows[2].Target"] = pageId,          // the page, under Bản tin
            ["MenuItemsListPart.Rows[2].Depth"] = "2",
            ["MenuItemsListPart.Rows[2].Position"] = "7",
            ["MenuItemsListPart.Rows[3].Text"] = "VUSTA " + tag,    // an outside link, last
            ["MenuItemsListPart.Rows[3].Url"] = "https://vusta.vn/",
            ["MenuItemsListPart.Rows[3].Position"] = "90",
        }, edit, button: "publish");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(["Trang chủ", "Bản tin", "Bản tin > " + pageTitle, "Tin tức – Sự kiện", "VUSTA " + tag], await MenuSite.ShownAsync(site.Factory));
        var home = await site.Factory.CreateBrowser().GetDocumentAsync("/");
        Assert.Equal("https://vusta.vn/", home.QuerySelector("[data-test=category-menu] > li:last-child > a")!.GetAttribute("href"));
        Assert.Contains(pageTitle, home.Texts("[data-test=menu-toggle] .menu-tree ul a"));
        // On the page itself its entry is marked as the current page.
        var page = await site.Factory.CreateBrowser().GetDocumentAsync("/lich-su-" + tag);
        Assert.Equal([pageTitle, pageTitle], page.Texts("nav.main-nav a[aria-current=page]"));
    }

    [Fact]
    public async Task UnpublishedPage_DropsOutOfThePublicMenu_AndComesBackWhenPublished()
    {
        var tag = Tag();
        var pageTitle = "Liên hệ " + tag;
        var pageId = await MenuSite.PublishPageAsync(site.Factory, pageTitle, "lien-he-" + tag);
        await MenuSite.SetAsync(site.Factory, MenuSite.Content(MenuSite.NewsCategory), MenuSite.Content(pageId));
        Assert.Equal(["Trang chủ", "Tin tức – Sự kiện", pageTitle], await MenuSite.ShownAsync(site.Factory));

        await site.Factory.InScopeAsync(sp => sp.GetRequiredService<ContentManager>().UnpublishAsync(pageId));
        Assert.Equal(["Trang chủ", "Tin tức – Sự kiện"], await MenuSite.ShownAsync(site.Factory));

        Assert.True(await site.Factory.InScopeAsync(async sp => (await sp.GetRequiredService<ContentManager>().PublishAsync(pageId)).Succeeded));
        Assert.Equal(["Trang chủ", "Tin tức – Sự kiện", pageTitle], await MenuSite.ShownAsync(site.Factory));
    }

    [Fact]
    public async Task DraftOfTheMenu_IsNotShown_UntilPublished()
    {
        await MenuSite.SetAsync(site.Factory, MenuSite.Content(MenuSite.NewsCategory));
        var editor = await site.Factory.SignedInAsync("Editor");
        var edit = "/Admin/Contents/Edit/" + await MenuSite.MenuIdAsync(site.Factory);
        var form = await editor.GetDocumentAsync(edit);
        var fields = new Dictionary<string, string> { ["MenuItemsListPart.Rows[1].Target"] = MenuSite.BulletinCategory };

        Assert.Equal(HttpStatusCode.Redirect, (await editor.SubmitAsync(form, "content-editor", fields, edit, button: "save-draft")).StatusCode);
        Assert.Equal(["Trang chủ", "Tin tức – Sự kiện"], await MenuSite.ShownAsync(site.Factory));

        form = await editor.GetDocumentAsync(edit);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.SubmitAsync(form, "content-editor", new Dictionary<string, string>(), edit, button: "publish")).StatusCode);
        Assert.Equal(["Trang chủ", "Tin tức – Sự kiện", "Bản tin"], await MenuSite.ShownAsync(site.Factory));
    }

    [Theory]
    [InlineData("Url", "javascript:alert(document.cookie)", "Mục 2: địa chỉ phải là một trang của website này (bắt đầu bằng /) hoặc bắt đầu bằng http:// hay https://.")]
    [InlineData("Url", " jav\tascript:alert(1)", "Mục 2: địa chỉ phải là một trang của website này (bắt đầu bằng /) hoặc bắt đầu bằng http:// hay https://.")]
    [InlineData("Url", "//evil.example", "Mục 2: địa chỉ phải là một trang của website này (bắt đầu bằng /) hoặc bắt đầu bằng http:// hay https://.")]
    [InlineData("Url", "mailto:a@example.org", "Mục 2: địa chỉ phải là một trang của website này (bắt đầu bằng /) hoặc bắt đầu bằng http:// hay https://.")]
    [InlineData("Depth", "4", "Mục 2: cấp phải là 1, 2 hoặc 3.")]
    [InlineData("Position", "đầu", "Mục 2: vị trí phải là một số nguyên.")]
    [InlineData("Target", "khongtontai0000000000000000", "Mục 2: trang hoặc chuyên mục đã chọn không tồn tại.")]
    public async Task BadEntry_IsRefusedWithAMessage_AndTheMenuStaysAsItWas(string field, string value, string message)
    {
        await MenuSite.SetAsync(site.Factory, MenuSite.Content(MenuSite.NewsCategory));
        var editor = await site.Factory.SignedInAsync("Editor");
        var edit = "/Admin/Contents/Edit/" + await MenuSite.MenuIdAsync(site.Factory);
        var form = await editor.GetDocumentAsync(edit);
        var fields = new Dictionary<string, string> { ["MenuItemsListPart.Rows[1].Text"] = "Mục xấu" };
        if (field != "Url" && field != "Target") fields["MenuItemsListPart.Rows[1].Url"] = "/gioi-thieu";
        fields["MenuItemsListPart.Rows[1]." + field] = value;

        var response = await editor.SubmitAsync(form, "content-editor", fields, edit, button: "publish");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        Assert.Equal([message], page.Texts("#MenuItemsListPart_Rows_1-errors li"));
        Assert.Equal("Mục xấu", ((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector("#MenuItemsListPart_Rows_1_Text")!).Value);
        Assert.Equal(["Trang chủ", "Tin tức – Sự kiện"], await MenuSite.ShownAsync(site.Factory));
    }

    [Fact]
    public async Task ScriptAddressFromARecipe_NeverBecomesALink()
    {
        var entry = new MenuItemEntry
        {
            ContentItemId = IdGenerator.NewId(), ContentType = MenuTypes.LinkMenuItem, DisplayText = "Xấu",
            LinkMenuItemPart = new LinkMenuItemPart { Name = "Xấu", Url = "javascript:alert(1)" },
        };
        await MenuSite.SetAsync(site.Factory, MenuSite.Content(MenuSite.NewsCategory), entry);

        Assert.Equal(["Trang chủ", "Tin tức – Sự kiện"], await MenuSite.ShownAsync(site.Factory));
    }

    [Fact]
    public async Task AdminMenu_LinksTheMainMenuAndTheWebsiteLinks()
    {
        var editor = await site.Factory.SignedInAsync("Editor");
        var admin = await editor.GetDocumentAsync("/Admin");

        Assert.Equal("/Admin/Contents/Edit/" + await MenuSite.MenuIdAsync(site.Factory), admin.QuerySelector("#admin-menu-menu a, a#admin-menu-menu")!.GetAttribute("href"));
        Assert.Equal("/Admin/Contents?type=Link", admin.QuerySelector("#admin-menu-links a, a#admin-menu-links")!.GetAttribute("href"));
        await editor.GetDocumentAsync("/Admin/Contents?type=Link");
    }
}
