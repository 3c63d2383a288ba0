using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Usta.Contents;
using Usta.Contents.Menus;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Contents.Menus;

/// <summary>The usta-setup site's main menu, set to a known state by a test and read as readers see it.</summary>
public static class MenuSite
{
    public const string NewsCategory = "y5xappjsh6mq0mpzzcw75bnvkv"; // Tin tức – Sự kiện
    public const string BulletinCategory = "qaegp1smyhztfqn90my137vxp9"; // Bản tin

    public static MenuItemEntry Content(string id, params MenuItemEntry[] children) => new()
    {
        ContentItemId = IdGenerator.NewId(),
        ContentType = MenuTypes.ContentMenuItem,
        ContentMenuItemPart = new ContentMenuItemPart { SelectedContentItem = new ContentPickerValue { ContentItemIds = [id] } },
        MenuItemsListPart = children.Length > 0 ? new MenuItemsListPart { MenuItems = [.. children] } : null,
    };

    public static Task<string> MenuIdAsync(UstaAppFactory factory) => factory.InScopeAsync(async sp =>
        (await MainMenu.FindAsync(sp.GetRequiredService<UstaDbContext>(), latest: true, CancellationToken.None))!.ContentItemId);

    /// <summary>Publishes the main menu with these entries, as an earlier editor would have.</summary>
    public static Task SetAsync(UstaAppFactory factory, params MenuItemEntry[] entries) => factory.InScopeAsync<bool>(async sp =>
    {
        var contents = sp.GetRequiredService<ContentManager>();
        var menu = (await MainMenu.FindAsync(sp.GetRequiredService<UstaDbContext>(), latest: true, CancellationToken.None))!;
        menu.Alter<MenuItemsListPart>(p => p.MenuItems = [.. entries]);
        Assert.True((await contents.SaveAndPublishAsync(menu)).Succeeded);
        return true;
    });

    public static Task<string> PublishPageAsync(UstaAppFactory factory, string title, string path) => factory.InScopeAsync(async sp =>
    {
        var contents = sp.GetRequiredService<ContentManager>();
        var page = contents.New(ContentTypes.Page);
        page.DisplayText = title;
        page.Owner = page.Author = "admin";
        page.Alter<TitlePart>(p => p.Title = title);
        page.Alter<AutoroutePart>(p => p.Path = path);
        var saved = await contents.TryCreateAsync(page, publish: true);
        Assert.True(saved.Succeeded);
        return saved.ContentItem!.ContentItemId;
    });

    /// <summary>The wide menu as "title" or "parent > child" lines, in page order (Trang chủ first).</summary>
    public static async Task<IReadOnlyList<string>> ShownAsync(UstaAppFactory factory, string url = "/")
    {
        var page = await factory.CreateBrowser().GetDocumentAsync(url);
        var lines = new List<string>();
        void Walk(AngleSharp.Dom.IElement list, string prefix)
        {
            foreach (var li in list.Children.Where(c => c.LocalName == "li"))
            {
                var text = li.Children.First(c => c.LocalName == "a").TextContent.Trim();
                lines.Add(prefix + text);
                if (li.Children.FirstOrDefault(c => c.LocalName == "ul") is { } sub) Walk(sub, prefix + text + " > ");
            }
        }
        Walk(page.QuerySelector("[data-test=category-menu]")!, "");
        return lines;
    }

    public static Task<bool> IsPublishedAsync(UstaAppFactory factory, string id) => factory.InScopeAsync(sp =>
        sp.GetRequiredService<UstaDbContext>().ContentItems.AnyAsync(x => x.ContentItemId == id && x.Published));
}
