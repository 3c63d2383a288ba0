using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UstaOrchard.Core.Data;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Data;

/// <summary>An index a module adds to a table that already exists reaches existing databases on the next start.</summary>
public abstract class SchemaManagerTests
{
    private const string Index = "UX_AutorouteIndex_Path_Published";

    protected abstract TestDatabase NewDatabase();

    private static Task<bool> IndexExistsAsync(TestSite site) => site.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<UstaDbContext>();
        var sql = db.Database.IsSqlite()
            ? $"SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'index' AND name = '{Index}'"
            : $"SELECT COUNT(*)::int AS \"Value\" FROM pg_indexes WHERE indexname = '{Index}'";
        return await db.Database.SqlQueryRaw<int>(sql).SingleAsync() == 1;
    });

    private static Task DropIndexAsync(TestSite site) => site.InScopeAsync(sp =>
        sp.GetRequiredService<UstaDbContext>().Database.ExecuteSqlRawAsync($"DROP INDEX \"{Index}\""));

    private static async Task<TestSite> RestartAsync(TestDatabase database, TestSite first, Action<LogCollector>? expect = null)
    {
        var second = await TestSite.CreateAsync(database, dataPath: first.DataPath);
        expect?.Invoke(second.Logs);
        return second;
    }

    [SkippableFact]
    public async Task IndexMissingFromAnExistingTable_IsCreatedOnStart()
    {
        var database = NewDatabase();
        await using var first = await TestSite.CreateAsync(database);
        await DropIndexAsync(first);
        Assert.False(await IndexExistsAsync(first));

        await using var second = await RestartAsync(database, first);

        Assert.True(await IndexExistsAsync(second));
    }

    [SkippableFact]
    public async Task UniqueIndexThatRowsAlreadyBreak_IsReported_AndTheSiteStillStarts()
    {
        var database = NewDatabase();
        await using var first = await TestSite.CreateAsync(database);
        await DropIndexAsync(first);
        await first.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<UstaDbContext>();
            foreach (var id in new[] { "twin00000000000000000000001", "twin00000000000000000000002" })
                db.Add(new Usta.Contents.AutorouteIndex { Path = "trung-nhau", ContentType = "Page", ContentItemId = id[..26], ContentItemVersionId = id[..26], Latest = false, Published = true });
            await db.SaveChangesAsync();
        });

        var second = await TestSite.CreateAsync(database, dataPath: first.DataPath);
        try
        {
            Assert.False(await IndexExistsAsync(second));
            Assert.Contains(second.Logs.Entries, e => e.Category.EndsWith(nameof(SchemaManager)) && e.Message.Contains(Index));
            second.Logs.Expect(e => e.Category.EndsWith(nameof(SchemaManager)) || e.Category.StartsWith("Microsoft.EntityFrameworkCore"));
        }
        finally
        {
            await second.DisposeAsync();
        }
    }
}

public sealed class SqliteSchemaManagerTests : SchemaManagerTests
{
    protected override TestDatabase NewDatabase() => TestDatabase.Sqlite();
}

public sealed class PostgresSchemaManagerTests : SchemaManagerTests
{
    protected override TestDatabase NewDatabase() => TestDatabase.Postgres();
}
