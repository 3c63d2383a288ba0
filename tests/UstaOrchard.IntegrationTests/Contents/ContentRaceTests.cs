using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Usta.Bulletins;
using Usta.Contents;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Contents;

/// <summary>
/// Saves at the same moment: the handlers' early checks cannot see each other, so the database
/// (unique indexes, the concurrency stamp) must catch the second, and the editor gets the same
/// message as from the early check. Run once on SQLite and once on PostgreSQL.
/// </summary>
public abstract class ContentRaceTests
{
    private const int Parallel = 8;

    protected abstract TestDatabase NewDatabase();

    private static ContentItem Page(ContentManager contents, string title)
        => contents.New(ContentTypes.Page).Apply(new TitlePart { Title = title }).Apply(new AutoroutePart());

    private static ContentItem Bulletin(ContentManager contents, int number, int year)
        => contents.New(BulletinsStartup.ContentType).Apply(new TitlePart { Title = $"Bản tin số {number}" })
            .Apply(new AutoroutePart()).Apply(new BulletinPart { Number = number, Year = year });

    // EF logs the insert the unique index refused as an error before the content manager answers it.
    private static void ExpectRefusedIndexInserts(TestSite site) => site.Logs.Expect(e =>
        (e.Category == "Microsoft.EntityFrameworkCore.Database.Command" && (e.Message.Contains("INSERT INTO \"AutorouteIndex\"") || e.Message.Contains("INSERT INTO \"BulletinIndex\"")))
        || (e.Category == "Microsoft.EntityFrameworkCore.Update" && (e.Message.Contains("UNIQUE constraint failed") || e.Message.Contains("23505"))));

    /// <summary>Runs <paramref name="create"/> <see cref="Parallel"/> times at once, each in its own scope; collects items and refusals.</summary>
    private static async Task<(List<ContentItem> Created, List<ContentValidationException> Refused)> CreateInParallelAsync(
        TestSite site, Func<ContentManager, ContentItem> create)
    {
        using var start = new Barrier(Parallel);
        var outcomes = await Task.WhenAll(Enumerable.Range(0, Parallel).Select(_ => Task.Run(async () =>
        {
            await using var scope = site.Services.CreateAsyncScope();
            var contents = scope.ServiceProvider.GetRequiredService<ContentManager>();
            var item = create(contents);
            start.SignalAndWait();
            try
            {
                return (Item: await contents.CreateAsync(item, publish: true), Error: (ContentValidationException?)null);
            }
            catch (ContentValidationException e)
            {
                return (Item: (ContentItem?)null, Error: e);
            }
        })));
        return (outcomes.Where(o => o.Item is not null).Select(o => o.Item!).ToList(), outcomes.Where(o => o.Error is not null).Select(o => o.Error!).ToList());
    }

    [SkippableFact]
    public async Task ParallelCreatesWithOneTitle_NeverShareAPath()
    {
        await using var site = await TestSite.CreateAsync(NewDatabase());
        ExpectRefusedIndexInserts(site);

        var (created, refused) = await CreateInParallelAsync(site, c => Page(c, "Thông báo khẩn"));

        Assert.NotEmpty(created);
        Assert.Equal(Parallel, created.Count + refused.Count);
        Assert.All(refused, e => Assert.StartsWith("Địa chỉ /thong-bao-khan", e.Message));
        var paths = await site.InScopeAsync(sp => sp.GetRequiredService<UstaDbContext>().Set<AutorouteIndex>()
            .Where(x => x.Published && x.Path.StartsWith("thong-bao-khan")).Select(x => x.Path).ToListAsync());
        Assert.Equal(created.Count, paths.Count);
        Assert.Equal(paths.Count, paths.Distinct().Count());
    }

    [SkippableFact]
    public async Task ParallelBulletinsWithOneNumber_OneIsPublished()
    {
        await using var site = await TestSite.CreateAsync(NewDatabase());
        ExpectRefusedIndexInserts(site);

        var (created, refused) = await CreateInParallelAsync(site, c => Bulletin(c, 7, 2024));

        Assert.Single(created);
        Assert.Equal(Parallel - 1, refused.Count);
        // The path (ban-tin/2024/so-7) may clash before the number does: either message is the editor's.
        Assert.All(refused, e => Assert.True(e.Message is "Bản tin số 7 năm 2024 đã có." || e.Message.StartsWith("Địa chỉ /ban-tin/2024/so-7"), e.Message));
        Assert.Equal(1, await site.InScopeAsync(sp => sp.GetRequiredService<UstaDbContext>().Set<BulletinIndex>()
            .CountAsync(x => x.Published && x.Year == 2024 && x.Number == 7)));
    }

    [SkippableTheory]
    [InlineData("bulletin", "Bản tin số 7 năm 2024 đã có.")]
    [InlineData("published path", "Địa chỉ /ban-tin/2024/so-7 vừa được một mục khác dùng cùng lúc. Hãy lưu lại để nhận địa chỉ khác.")]
    [InlineData("latest path", "Địa chỉ /ban-tin/2024/so-7 vừa được một mục khác dùng cùng lúc. Hãy lưu lại để nhận địa chỉ khác.")]
    public async Task ClashThatPassedTheEarlyCheck_IsRefusedWithTheEditorsMessage(string rivalRow, string message)
    {
        // The rival row lands after the handlers' early checks and before the index rows are written:
        // the moment a parallel save would take the same number or path.
        var rival = new Rival();
        await using var site = await TestSite.CreateAsync(NewDatabase(), services: s => s.AddScoped<IContentHandler>(sp =>
            new RivalHandler(sp.GetRequiredService<UstaDbContext>(), rival)));
        ExpectRefusedIndexInserts(site);
        rival.Row = rivalRow == "bulletin"
            ? new BulletinIndex { Number = 7, Year = 2024, ContentItemId = "rival00000000000000000001", ContentItemVersionId = "rival00000000000000000001", Latest = true, Published = true }
            : new AutorouteIndex { Path = "ban-tin/2024/so-7", ContentType = "Page", ContentItemId = "rival00000000000000000001", ContentItemVersionId = "rival00000000000000000001",
                Latest = rivalRow == "latest path", Published = rivalRow == "published path" };

        var error = await Assert.ThrowsAsync<ContentValidationException>(() => site.InScopeAsync(sp =>
        {
            var contents = sp.GetRequiredService<ContentManager>();
            return contents.CreateAsync(Bulletin(contents, 7, 2024), publish: true);
        }));

        Assert.Equal(message, error.Message);
        // Keyed like the early check, so the editor's form shows it at the field.
        Assert.Equal(rivalRow == "bulletin" ? "BulletinPart.Number" : "AutoroutePart.Path", Assert.Single(error.Errors).Key);
        Assert.Equal(0, await site.InScopeAsync(sp => sp.GetRequiredService<UstaDbContext>().ContentItems.CountAsync()));
    }

    [SkippableFact]
    public async Task SaveOvertakenAfterItsStampCheck_IsCaughtByTheDatabase()
    {
        var rival = new Rival();
        await using var site = await TestSite.CreateAsync(NewDatabase(), services: s => s.AddScoped<IContentHandler>(sp =>
            new RivalHandler(sp.GetRequiredService<UstaDbContext>(), rival)));
        var draft = await site.InScopeAsync(sp =>
        {
            var contents = sp.GetRequiredService<ContentManager>();
            return contents.CreateAsync(Page(contents, "Bản gốc"), publish: false);
        });

        // The editor's save passes the early stamp check; before it writes, another save of the
        // same version commits (as it would from a second request on another connection).
        rival.SaveOnUpdating = draft.ContentItemVersionId;
        draft.Alter<TitlePart>(t => t.Title = "Sửa lần một");
        var result = await site.InScopeAsync(sp => sp.GetRequiredService<ContentManager>().SaveDraftAsync(draft));

        Assert.True(result.IsConflict, $"the overtaken save was {result.Status}");
        // Nothing of the overtaken save was kept (the rival's stand-in write shared its transaction, so it went too).
        var stored = await site.InScopeAsync(sp => sp.GetRequiredService<ContentManager>().GetAsync(draft.ContentItemId, VersionOptions.Latest));
        Assert.Equal("Bản gốc", stored!.DisplayText);
    }

    private sealed class Rival
    {
        public ContentIndex? Row { get; set; }
        public string? SaveOnUpdating { get; set; }
    }

    private sealed class RivalHandler(UstaDbContext db, Rival rival) : IContentHandler
    {
        public async Task CreatedAsync(ContentContext context)
        {
            if (rival.Row is not { } row) return;
            rival.Row = null;
            db.Add((object)row);
            await db.SaveChangesAsync(context.CancellationToken);
        }

        public async Task UpdatingAsync(ContentContext context)
        {
            if (rival.SaveOnUpdating != context.ContentItem.ContentItemVersionId) return;
            rival.SaveOnUpdating = null;
            // What the rival's committed save leaves behind: its text and a new stamp, written past this context's tracker.
            await db.Database.ExecuteSqlRawAsync(
                """UPDATE "ContentItems" SET "DisplayText" = {0}, "ConcurrencyStamp" = {1} WHERE "ContentItemVersionId" = {2}""",
                ["Sửa lần hai", Guid.NewGuid().ToString("N"), context.ContentItem.ContentItemVersionId], context.CancellationToken);
        }
    }
}

public sealed class SqliteContentRaceTests : ContentRaceTests
{
    protected override TestDatabase NewDatabase() => TestDatabase.Sqlite();
}

public sealed class PostgresContentRaceTests : ContentRaceTests
{
    protected override TestDatabase NewDatabase() => TestDatabase.Postgres();
}
