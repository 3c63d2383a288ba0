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
    // A musical note composes (NFC) into three characters: a key longer than the name's 256 must still be stored.
    private static readonly string LongName = string.Concat(Enumerable.Repeat("\U0001D160", 100));

    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task UsersMadeBeforeVersion4_GetTheirFoldedKey(string provider)
    {
        var database = provider == "sqlite" ? TestDatabase.Sqlite() : TestDatabase.Postgres();
        await using var first = await TestSite.CreateAsync(database, setUp: true);
        await first.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<UstaUser>>();
            Assert.True((await users.CreateAsync(new UstaUser { UserName = "dang-anh", DisplayName = "Đặng Thị Ánh" })).Succeeded);
            Assert.True((await users.CreateAsync(new UstaUser { UserName = "khong-ten" })).Succeeded);
            Assert.True((await users.CreateAsync(new UstaUser { UserName = "not-nhac", DisplayName = LongName })).Succeeded);
            var db = sp.GetRequiredService<UstaDbContext>();
            // The table as version 3 left it: no key column.
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE \"Users\" DROP COLUMN \"DisplayNameKey\"");
            await db.ModuleMigrations.Where(m => m.ModuleId == UsersStartup.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.Version, 3));
            return true;
        });

        await using var second = await TestSite.CreateAsync(database, dataPath: first.DataPath);

        var keys = await second.InScopeAsync(sp => sp.GetRequiredService<UstaDbContext>().Set<UstaUser>()
            .Where(u => u.UserName == "dang-anh" || u.UserName == "khong-ten" || u.UserName == "not-nhac").OrderBy(u => u.UserName)
            .Select(u => u.DisplayNameKey).ToListAsync());
        Assert.Equal(["dang thi anh", null, LongName.Normalize(System.Text.NormalizationForm.FormC)], keys);
    }
}
