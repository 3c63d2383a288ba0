using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Usta.Users;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Settings;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Host;

public class FirstRunTests
{
    [Fact]
    public async Task FreshDataFolder_IsSetUpOnFirstStart()
    {
        var folder = Path.Combine(Paths.NewDataFolder(), "App_Data");
        Assert.False(Directory.Exists(folder));
        await using var factory = new UstaAppFactory(TestDatabase.Sqlite(), folder);

        var home = await factory.CreateBrowser().GetDocumentAsync("/");

        Assert.True(File.Exists(Path.Combine(folder, "usta.db")));
        Assert.NotEmpty(home.QuerySelectorAll("[data-test=article-summary]"));
        var settings = await factory.InScopeAsync(sp => sp.GetRequiredService<SiteService>().GetAsync());
        Assert.NotNull(settings.SetupCompletedUtc);
    }

    [Fact]
    public async Task SecondStart_DoesNotRunSetupAgain()
    {
        var folder = Paths.NewDataFolder();
        string firstSnapshot;
        DateTime? setupTime;
        await using (var first = new UstaAppFactory(TestDatabase.Sqlite(), folder) { KeepData = true })
        {
            first.CreateClient().Dispose();
            firstSnapshot = await first.InScopeAsync(DatabaseSnapshot.TakeAsync);
            setupTime = (await first.InScopeAsync(sp => sp.GetRequiredService<SiteService>().GetAsync())).SetupCompletedUtc;
        }

        // A setup recipe that cannot be found would fail the start if setup ran again.
        await using var second = new UstaAppFactory(TestDatabase.Sqlite(), folder, new Dictionary<string, string?> { ["Setup:Recipe"] = "khong-co" });
        var response = await second.CreateBrowser().GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(firstSnapshot, await second.InScopeAsync(DatabaseSnapshot.TakeAsync));
        Assert.Equal(setupTime, (await second.InScopeAsync(sp => sp.GetRequiredService<SiteService>().GetAsync())).SetupCompletedUtc);
    }

    [Fact]
    public async Task BlankRecipe_GivesAnEmptySiteWithAnAdministrator()
    {
        await using var factory = new UstaAppFactory(TestDatabase.Sqlite(), settings: new Dictionary<string, string?>
        {
            ["Setup:Recipe"] = "blank",
            ["Setup:SiteName"] = "Hội Tin học Đồng Nai",
        });

        var home = await factory.CreateBrowser().GetDocumentAsync("/");

        Assert.Equal("Chưa có tin bài nào.", home.Text("[data-test=no-articles]"));
        Assert.Equal("Hội Tin học Đồng Nai", home.Title);
        Assert.Equal(["Trang chủ"], home.Texts("[data-test=category-menu] > li > a"));
        Assert.Equal("Hội Tin học Đồng Nai", home.Text("[data-test=footer-name-vi]"));
        var admin = await factory.InScopeAsync(sp => sp.GetRequiredService<UserManager<UstaUser>>().FindByNameAsync(TestAccounts.AdminUserName));
        Assert.NotNull(admin);
    }

    [Fact]
    public async Task SqliteFile_IsInWalMode()
    {
        await using var factory = new UstaAppFactory();
        factory.CreateClient().Dispose();
        var mode = await factory.InScopeAsync(async sp =>
        {
            var connection = sp.GetRequiredService<UstaDbContext>().Database.GetDbConnection();
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode;";
            return (string?)await command.ExecuteScalarAsync();
        });
        Assert.Equal("wal", mode);
    }
}
