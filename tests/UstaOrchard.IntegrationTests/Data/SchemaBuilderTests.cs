using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Modules;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Data;

/// <summary>
/// Tables that change after a site exists: a migration alters them through the schema builder,
/// and a column the code needs but no migration added stops the start with the operator's message.
/// </summary>
public abstract class SchemaBuilderTests
{
    protected abstract TestDatabase NewDatabase();

    private static Task<HashSet<string>> ColumnsAsync(TestSite site, string table) => site.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<UstaDbContext>();
        var sql = db.Database.IsSqlite()
            ? $"SELECT name AS \"Value\" FROM pragma_table_info('{table}')"
            : $"SELECT column_name::text AS \"Value\" FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = '{table}'";
        return (await db.Database.SqlQueryRaw<string>(sql).ToListAsync()).ToHashSet();
    });

    private static Task<bool> IndexExistsAsync(TestSite site, string name) => site.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<UstaDbContext>();
        var sql = db.Database.IsSqlite()
            ? $"SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'index' AND name = '{name}'"
            : $"SELECT COUNT(*)::int AS \"Value\" FROM pg_indexes WHERE indexname = '{name}'";
        return await db.Database.SqlQueryRaw<int>(sql).SingleAsync() == 1;
    });

    private static Task ExecuteAsync(TestSite site, string sql)
        => site.InScopeAsync(sp => sp.GetRequiredService<UstaDbContext>().Database.ExecuteSqlRawAsync(sql));

    /// <summary>Gives the site's ContentItems table the shape it had before issue 7.</summary>
    private static async Task MakeOldShapeAsync(TestSite site, bool forgetCoreMigration)
    {
        await ExecuteAsync(site, "ALTER TABLE \"ContentItems\" DROP COLUMN \"ModifiedBy\"");
        if (forgetCoreMigration)
            await ExecuteAsync(site, $"DELETE FROM \"ModuleMigrations\" WHERE \"ModuleId\" = '{ModuleCatalog.CoreId}'");
    }

    [SkippableFact]
    public async Task DatabaseWithoutModifiedBy_GetsTheColumnFromCoresMigrationOnStart()
    {
        var database = NewDatabase();
        await using var first = await TestSite.CreateAsync(database, setUp: true);
        await MakeOldShapeAsync(first, forgetCoreMigration: true);
        Assert.DoesNotContain("ModifiedBy", await ColumnsAsync(first, "ContentItems"));

        await using var second = await TestSite.CreateAsync(database, dataPath: first.DataPath);

        Assert.Contains("ModifiedBy", await ColumnsAsync(second, "ContentItems"));
        var version = await second.InScopeAsync(sp => sp.GetRequiredService<UstaDbContext>().ModuleMigrations
            .Where(m => m.ModuleId == ModuleCatalog.CoreId).Select(m => m.Version).SingleAsync());
        Assert.Equal(1, version);
        // The items the setup recipe made are still readable with the new column.
        Assert.NotEmpty(await second.InScopeAsync(sp => sp.GetRequiredService<UstaDbContext>().ContentItems.ToListAsync()));
    }

    [SkippableFact]
    public async Task PlansMadeBeforeTheirVersionColumns_GetTheColumnsAndTheLatestVersion_OnStart()
    {
        var database = NewDatabase();
        await using var first = await TestSite.CreateAsync(database, setUp: true);
        var (id, versionId) = await first.InScopeAsync(async sp =>
        {
            var item = await sp.GetRequiredService<UstaDbContext>().ContentItems.AsNoTracking().FirstAsync(x => x.Latest);
            await sp.GetRequiredService<Usta.Contents.Scheduling.IPublishScheduler>().ScheduleAsync(item.ContentItemId, DateTime.UtcNow.AddDays(3), "admin");
            return (item.ContentItemId, item.ContentItemVersionId);
        });
        await ExecuteAsync(first, "ALTER TABLE \"ScheduledPublications\" DROP COLUMN \"ContentItemVersionId\"");
        await ExecuteAsync(first, "ALTER TABLE \"ScheduledPublications\" DROP COLUMN \"VersionModifiedUtc\"");
        await ExecuteAsync(first, "UPDATE \"ModuleMigrations\" SET \"Version\" = 2 WHERE \"ModuleId\" = 'Usta.Contents'");

        await using var second = await TestSite.CreateAsync(database, dataPath: first.DataPath);

        Assert.Contains("ContentItemVersionId", await ColumnsAsync(second, "ScheduledPublications"));
        var plan = await second.InScopeAsync(sp => sp.GetRequiredService<UstaDbContext>().Set<Usta.Contents.Scheduling.ScheduledPublicationRecord>()
            .AsNoTracking().SingleAsync(p => p.ContentItemId == id));
        Assert.Equal(versionId, plan.ContentItemVersionId);
        Assert.NotNull(plan.VersionModifiedUtc);
    }

    [SkippableFact]
    public async Task ModelColumnThatNoMigrationAdds_StopsTheStart_NamingTableColumnAndModule()
    {
        var database = NewDatabase();
        await using var first = await TestSite.CreateAsync(database);
        await MakeOldShapeAsync(first, forgetCoreMigration: false);

        var e = await Assert.ThrowsAsync<SchemaMismatchException>(() => TestSite.CreateAsync(database, dataPath: first.DataPath));

        Assert.Equal([new MissingColumn("ContentItems", "ModifiedBy", ModuleCatalog.CoreId)], e.Missing);
        Assert.Contains("table ContentItems has no column ModifiedBy (module UstaOrchard.Core)", e.Message);
        Assert.DoesNotContain("ModifiedBy", await ColumnsAsync(first, "ContentItems"));
    }

    [SkippableFact]
    public async Task MigrationAddingAColumnAndAnIndex_ToAnExistingTable_AppliesBoth()
    {
        var database = NewDatabase();
        await using var first = await TestSite.CreateAsync(database, setUp: true);

        await using var second = await TestSite.CreateAsync(database, dataPath: first.DataPath,
            services: s => s.AddScoped<IDataMigration, AlterSettingsMigration>());

        Assert.Contains(AlterSettingsMigration.Column, await ColumnsAsync(second, "SiteSettings"));
        Assert.True(await IndexExistsAsync(second, AlterSettingsMigration.Index));
        Assert.False(await IndexExistsAsync(second, AlterSettingsMigration.Dropped));
        var note = await second.InScopeAsync(sp => sp.GetRequiredService<UstaDbContext>().Database
            .SqlQueryRaw<string>($"SELECT \"{AlterSettingsMigration.Column}\" AS \"Value\" FROM \"SiteSettings\"").SingleAsync());
        Assert.Equal("mặc định", note);
    }

    /// <summary>A module's second version: a NOT NULL column with a default, a partial unique index, an index dropped.</summary>
    private sealed class AlterSettingsMigration(SchemaBuilder schema) : IDataMigration
    {
        public const string Column = "TestNote";
        public const string Index = "IX_SiteSettings_TestNote";
        public const string Dropped = "IX_SiteSettings_TestDropped";

        public string ModuleId => "Test.Schema";
        public int Version => 2;

        public async Task MigrateAsync(int fromVersion, CancellationToken ct)
        {
            await schema.CreateIndexAsync("SiteSettings", Dropped, ["ConcurrencyStamp"], ct: ct);
            await schema.AddColumnAsync("SiteSettings", Column, typeof(string), nullable: false, maxLength: 64, defaultValue: "mặc định", ct: ct);
            await schema.CreateIndexAsync("SiteSettings", Index, [Column], unique: true, filter: $"\"{Column}\" <> ''", ct: ct);
            await schema.DropIndexAsync("SiteSettings", Dropped, ct);
            // Applied twice (a retried start) it changes nothing.
            await schema.AddColumnAsync("SiteSettings", Column, typeof(string), nullable: false, maxLength: 64, defaultValue: "mặc định", ct: ct);
            await schema.CreateIndexAsync("SiteSettings", Index, [Column], unique: true, ct: ct);
        }
    }
}

public sealed class SqliteSchemaBuilderTests : SchemaBuilderTests
{
    protected override TestDatabase NewDatabase() => TestDatabase.Sqlite();
}

public sealed class PostgresSchemaBuilderTests : SchemaBuilderTests
{
    protected override TestDatabase NewDatabase() => TestDatabase.Postgres();
}
