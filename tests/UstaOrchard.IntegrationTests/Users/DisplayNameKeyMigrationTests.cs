using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Usta.Users;
using UstaOrchard.Core.Data;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Users;

/// <summary>Users of a site made before display names had a search key get theirs at the next start.</summary>
public sealed class DisplayNameKeyMigrationTests
{
    [Fact]
    public async Task UsersMadeBeforeVersion4_GetTheirFoldedKey()
    {
        var database = TestDatabase.Sqlite();
        await using var first = await TestSite.CreateAsync(database, setUp: true);
        await first.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<UstaUser>>();
            Assert.True((await users.CreateAsync(new UstaUser { UserName = "dang-anh", DisplayName = "Đặng Thị Ánh" })).Succeeded);
            Assert.True((await users.CreateAsync(new UstaUser { UserName = "khong-ten" })).Succeeded);
            var db = sp.GetRequiredService<UstaDbContext>();
            // The rows as version 3 left them: no key.
            await db.Set<UstaUser>().ExecuteUpdateAsync(s => s.SetProperty(u => u.DisplayNameKey, (string?)null));
            await db.ModuleMigrations.Where(m => m.ModuleId == UsersStartup.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.Version, 3));
            return true;
        });

        await using var second = await TestSite.CreateAsync(database, dataPath: first.DataPath);

        var keys = await second.InScopeAsync(sp => sp.GetRequiredService<UstaDbContext>().Set<UstaUser>()
            .Where(u => u.UserName == "dang-anh" || u.UserName == "khong-ten").OrderBy(u => u.UserName)
            .Select(u => u.DisplayNameKey).ToListAsync());
        Assert.Equal(["dang thi anh", null], keys);
    }
}
