using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Usta.Contents;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Data;

/// <summary>An index table that is new on a site with items is filled from the stored items, on start or on request.</summary>
public abstract class IndexRebuildTests
{
    protected abstract TestDatabase NewDatabase();

    private static async Task<(string Published, string Draft, string Removed)> MakeItemsAsync(TestSite site, string prefix)
        => await site.InScopeAsync(async sp =>
        {
            var contents = sp.GetRequiredService<ContentManager>();
            ContentItem Page(string title) => contents.New(ContentTypes.Page).Apply(new TitlePart { Title = title }).Apply(new AutoroutePart());
            var published = await contents.CreateAsync(Page(prefix + " công bố"), publish: true);
            var draft = await contents.CreateAsync(Page(prefix + " nháp"), publish: false);
            var removed = await contents.CreateAsync(Page(prefix + " đã xoá"), publish: true);
            await contents.RemoveAsync(removed.ContentItemId);
            return (published.ContentItemId, draft.ContentItemId, removed.ContentItemId);
        });

    private static Task<List<AutorouteIndex>> RowsAsync(TestSite site) => site.InScopeAsync(sp =>
        sp.GetRequiredService<UstaDbContext>().Set<AutorouteIndex>().AsNoTracking().OrderBy(x => x.Path).ToListAsync());

    private static void AssertRows(List<AutorouteIndex> rows, (string Published, string Draft, string Removed) items, string prefix)
    {
        Assert.Contains(rows, r => r.ContentItemId == items.Published && r.Published && r.Latest && r.Path == prefix + "-cong-bo");
        Assert.Contains(rows, r => r.ContentItemId == items.Draft && r.Latest && !r.Published);
        Assert.DoesNotContain(rows, r => r.ContentItemId == items.Removed);
    }

    [SkippableFact]
    public async Task IndexTableDroppedAndRecreated_IsRefilledFromTheItemsOnStart()
    {
        var database = NewDatabase();
        await using var first = await TestSite.CreateAsync(database);
        var items = await MakeItemsAsync(first, "chi-muc");
        var before = await RowsAsync(first);
        await first.InScopeAsync(sp => sp.GetRequiredService<UstaDbContext>().Database.ExecuteSqlRawAsync("DROP TABLE \"AutorouteIndex\""));

        await using var second = await TestSite.CreateAsync(database, dataPath: first.DataPath);

        var after = await RowsAsync(second);
        AssertRows(after, items, "chi-muc");
        Assert.Equal(before.Select(r => (r.ContentItemId, r.ContentItemVersionId, r.Path, r.Latest, r.Published)),
            after.Select(r => (r.ContentItemId, r.ContentItemVersionId, r.Path, r.Latest, r.Published)));
    }

    [SkippableFact]
    public async Task MigrationAskingForARebuild_GetsRowsThatWereLost()
    {
        var database = NewDatabase();
        await using var first = await TestSite.CreateAsync(database);
        var items = await MakeItemsAsync(first, "yeu-cau");
        await first.InScopeAsync(sp => sp.GetRequiredService<UstaDbContext>().Set<AutorouteIndex>().ExecuteDeleteAsync());
        await using var second = await TestSite.CreateAsync(database, dataPath: first.DataPath,
            services: s => s.AddScoped<IDataMigration, RebuildRequestingMigration>());

        AssertRows(await RowsAsync(second), items, "yeu-cau");
    }

    [SkippableFact]
    public async Task RebuildOfOneModule_LeavesOtherModulesTablesAlone()
    {
        var database = NewDatabase();
        await using var site = await TestSite.CreateAsync(database);
        var items = await MakeItemsAsync(site, "mot-phan-he");
        await site.InScopeAsync(sp => sp.GetRequiredService<UstaDbContext>().Set<AutorouteIndex>().ExecuteDeleteAsync());

        var result = await site.InScopeAsync(sp => sp.GetRequiredService<ContentIndexRebuilder>().RebuildAsync("Usta.Articles"));
        Assert.Empty(await RowsAsync(site));
        Assert.Equal(3, result.Items);

        await site.InScopeAsync(sp => sp.GetRequiredService<ContentIndexRebuilder>().RebuildAsync(ContentsStartup.Id));
        AssertRows(await RowsAsync(site), items, "mot-phan-he");
    }

    private sealed class RebuildRequestingMigration(SchemaBuilder schema) : IDataMigration
    {
        public string ModuleId => "Test.Rebuild";
        public int Version => 1;

        public Task MigrateAsync(int fromVersion, CancellationToken ct)
        {
            schema.RequestIndexRebuild(ContentsStartup.Id);
            return Task.CompletedTask;
        }
    }
}

public sealed class SqliteIndexRebuildTests : IndexRebuildTests
{
    protected override TestDatabase NewDatabase() => TestDatabase.Sqlite();
}

public sealed class PostgresIndexRebuildTests : IndexRebuildTests
{
    protected override TestDatabase NewDatabase() => TestDatabase.Postgres();
}
