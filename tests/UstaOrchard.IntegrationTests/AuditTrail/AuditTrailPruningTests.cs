using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Usta.AuditTrail.Records;
using Usta.AuditTrail.Retention;
using UstaOrchard.Core.Audit;
using UstaOrchard.Core.Settings;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.AuditTrail;

/// <summary>Retention on a clock the test moves: only rows older than the retention go, in batches, daily.</summary>
public sealed class AuditTrailPruningTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 10, 3, 0, 0, TimeSpan.Zero);

    private static TestDatabase Database(string provider) => provider == "Postgres" ? TestDatabase.Postgres() : TestDatabase.Sqlite();

    private static Task RecordAsync(TestSite site, string subject)
        => site.InScopeAsync(sp => sp.GetRequiredService<IAuditTrail>().RecordAsync(new AuditEvent(AuditEvents.User, AuditEvents.UserUpdated) { Subject = subject }));

    private static async Task<List<string?>> SubjectsAsync(TestSite site)
        => (await AuditRows.WhereAsync(site.Services, rows => rows)).Select(r => r.Subject).ToList();

    [SkippableTheory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task Pruning_RemovesOnlyRowsOlderThanTheRetention(string provider)
    {
        var clock = new FakeTimeProvider(Start);
        await using var site = await TestSite.CreateAsync(Database(provider), services: s => s.AddSingleton<TimeProvider>(clock));
        var pruner = site.Services.GetRequiredService<AuditTrailPruner>();
        await RecordAsync(site, "old");
        clock.Advance(TimeSpan.FromDays(100));
        await RecordAsync(site, "mid");

        // Exactly 365 days old is kept; an hour more is not.
        clock.Advance(TimeSpan.FromDays(265));
        Assert.Equal(0, await pruner.PruneAsync());
        clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(1, await pruner.PruneAsync());
        Assert.Equal(["mid"], await SubjectsAsync(site));

        await site.InScopeAsync(sp => sp.GetRequiredService<SiteService>().UpdateAsync(s => s.Put(new AuditTrailSettings { RetentionDays = 200 })));
        await RecordAsync(site, "new");
        Assert.Equal(1, await pruner.PruneAsync());
        Assert.Equal(["new"], await SubjectsAsync(site));
        // A second node pruning the same rows finds nothing to do.
        Assert.Equal(0, await pruner.PruneAsync());
    }

    [Fact]
    public async Task Pruning_GoesInBatches_UntilNoOldRowIsLeft()
    {
        var clock = new FakeTimeProvider(Start);
        await using var site = await TestSite.CreateAsync(TestDatabase.Sqlite(), services: s => s.AddSingleton<TimeProvider>(clock));
        var old = Start.UtcDateTime.AddDays(-400);
        var count = AuditTrailPruner.BatchSize * 2 + 7;
        await AuditRows.AddAsync(site.Services, Enumerable.Range(0, count).Select(i => new AuditEventRecord
        {
            Utc = old.AddSeconds(i), Category = AuditEvents.User, Name = AuditEvents.UserUpdated, Subject = "old",
        }));
        await RecordAsync(site, "kept");

        Assert.Equal(count, await site.Services.GetRequiredService<AuditTrailPruner>().PruneAsync());
        Assert.Equal(["kept"], await SubjectsAsync(site));
    }

    [Fact]
    public async Task TheDailyJob_PrunesAtStart_AndAgainADayLater()
    {
        var clock = new FakeTimeProvider(Start);
        await using var site = await TestSite.CreateAsync(TestDatabase.Sqlite(), services: s => s.AddSingleton<TimeProvider>(clock));
        await RecordAsync(site, "first");
        clock.Advance(TimeSpan.FromDays(366));
        var job = new AuditTrailPruningService(site.Services.GetRequiredService<AuditTrailPruner>(), clock, NullLogger<AuditTrailPruningService>.Instance);
        await job.StartAsync(CancellationToken.None);
        try
        {
            await WaitUntilAsync(async () => (await SubjectsAsync(site)).Count == 0);
            await RecordAsync(site, "second");
            clock.Advance(TimeSpan.FromDays(365));
            await Task.Delay(300);
            Assert.Equal(["second"], await SubjectsAsync(site));

            clock.Advance(AuditTrailPruningService.Interval);
            await WaitUntilAsync(async () => (await SubjectsAsync(site)).Count == 0);
        }
        finally
        {
            await job.StopAsync(CancellationToken.None);
        }
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> done)
    {
        for (var i = 0; i < 100; i++)
        {
            if (await done()) return;
            await Task.Delay(100);
        }
        Assert.Fail("The pruning job did not prune within 10 seconds.");
    }
}
