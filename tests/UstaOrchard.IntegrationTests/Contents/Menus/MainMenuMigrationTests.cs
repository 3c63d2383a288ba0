using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Usta.Contents;
using Usta.Contents.Listing;
using Usta.Contents.Menus;
using UstaOrchard.Core.Data;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Contents.Menus;

/// <summary>A site made before menus were data keeps the menu its categories made.</summary>
public sealed class MainMenuMigrationTests
{
    private static Task<IReadOnlyList<string>> ShownAsync(TestSite site) => site.InScopeAsync(async sp =>
    {
        var lines = new List<string>();
        void Walk(IEnumerable<MenuLink> links, string prefix)
        {
            foreach (var link in links)
            {
                lines.Add(prefix + link.Title + " " + link.Url);
                Walk(link.Children, prefix + link.Title + " > ");
            }
        }
        Walk((await sp.GetRequiredService<MainMenu>().GetAsync(CancellationToken.None)).Items, "");
        return (IReadOnlyList<string>)lines;
    });

    [Fact]
    public async Task OldSite_GetsAPublishedMainMenu_FromItsCategoriesShownInTheMenu()
    {
        var database = TestDatabase.Sqlite();
        await using var first = await TestSite.CreateAsync(database, setUp: true);
        await first.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<UstaDbContext>();
            // The site as it was before version 5: no Menu item, and one category kept out of the menu.
            var menus = await db.ContentItems.Where(x => x.ContentType == MenuTypes.Menu).Select(x => x.ContentItemId).ToListAsync();
            await db.Set<ContentListIndex>().Where(x => menus.Contains(x.ContentItemId)).ExecuteDeleteAsync();
            await db.ContentItems.Where(x => x.ContentType == MenuTypes.Menu).ExecuteDeleteAsync();
            await db.Set<CategoryIndex>().Where(x => x.Title == "Tư vấn – Phản biện").ExecuteUpdateAsync(s => s.SetProperty(x => x.ShowInMenu, false));
            await db.ModuleMigrations.Where(m => m.ModuleId == ContentsStartup.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.Version, 4));
        });

        await using var second = await TestSite.CreateAsync(database, dataPath: first.DataPath);

        Assert.Equal(
        [
            "Tin tức – Sự kiện /chuyen-muc/tin-tuc-su-kien",
            "Tin tức – Sự kiện > Hoạt động Liên hiệp Hội /chuyen-muc/hoat-dong-lien-hiep-hoi",
            "Tin tức – Sự kiện > Hoạt động Hội thành viên /chuyen-muc/hoat-dong-hoi-thanh-vien",
            "Phổ biến kiến thức /chuyen-muc/pho-bien-kien-thuc",
            "Phong trào sáng tạo /chuyen-muc/phong-trao-sang-tao",
            "Bản tin /chuyen-muc/ban-tin",
        ], await ShownAsync(second));
        var published = await second.InScopeAsync(async sp => (await MainMenu.FindAsync(sp.GetRequiredService<UstaDbContext>(), latest: false, CancellationToken.None))?.DisplayText);
        Assert.Equal("Menu chính", published);
    }

    [Fact]
    public async Task NewSite_HasTheSetupRecipesMenu_AndNoSecondOne()
    {
        await using var site = await TestSite.CreateAsync(TestDatabase.Sqlite(), setUp: true);

        Assert.Equal(7, (await ShownAsync(site)).Count);
        var menus = await site.InScopeAsync(sp => sp.GetRequiredService<UstaDbContext>().ContentItems.CountAsync(x => x.ContentType == MenuTypes.Menu));
        Assert.Equal(1, menus);
    }
}
