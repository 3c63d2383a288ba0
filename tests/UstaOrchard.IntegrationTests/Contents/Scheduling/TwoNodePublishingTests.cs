using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Usta.Contents.Scheduling;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Contents.Scheduling;

/// <summary>
/// Two nodes on one PostgreSQL database, both running the background publisher with real time and a
/// 50 ms interval: they list the same due plans in the same order every round, so they race for every
/// item; each must be published once. A slow publish handler widens the window in which they overlap.
/// </summary>
public sealed class TwoNodePublishingTests
{
    private const int Items = 12;

    private sealed class PublishCounter
    {
        public ConcurrentDictionary<string, int> Publishing { get; } = new();
        public ConcurrentDictionary<string, int> Published { get; } = new();
    }

    private sealed class CountingHandler(PublishCounter counter) : IContentHandler
    {
        public async Task PublishingAsync(ContentContext context)
        {
            counter.Publishing.AddOrUpdate(context.ContentItem.ContentItemId, 1, (_, n) => n + 1);
            await Task.Delay(30, context.CancellationToken);
        }

        public Task PublishedAsync(ContentContext context)
        {
            counter.Published.AddOrUpdate(context.ContentItem.ContentItemId, 1, (_, n) => n + 1);
            return Task.CompletedTask;
        }
    }

    [SkippableFact]
    public async Task TwoNodesRunningThePublisher_PublishEachPlanExactlyOnce()
    {
        var database = TestDatabase.Postgres();
        var counter = new PublishCounter();
        var settings = new Dictionary<string, string?> { ["Content:Scheduler:IntervalSeconds"] = "0.05" };
        void Services(IServiceCollection s) => s.AddSingleton(counter).AddScoped<IContentHandler, CountingHandler>();
        var first = await TestSite.CreateAsync(database, services: Services, settings: settings);
        var second = await TestSite.CreateAsync(database, services: Services, settings: settings);
        var publishers = new[] { first, second }.Select(s => s.Services.GetServices<IHostedService>().OfType<ScheduledPublishingService>().Single()).ToList();
        try
        {
            var ids = new List<string>();
            for (var i = 0; i < Items; i++) ids.Add(await ScheduledPublisherTests.NewDraftAsync(first, $"Hẹn giờ hai máy {i}"));
            await first.InScopeAsync(async sp =>
            {
                var scheduler = sp.GetRequiredService<IPublishScheduler>();
                foreach (var id in ids) await scheduler.ScheduleAsync(id, DateTime.UtcNow.AddSeconds(-1), "bien-tap");
            });

            await Task.WhenAll(publishers.Select(p => p.StartAsync(CancellationToken.None)));
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (await PlansLeftAsync(second) > 0 && DateTime.UtcNow < deadline) await Task.Delay(50);
            // A few more rounds on both nodes with nothing due: a late second publish would show now.
            await Task.Delay(300);
            await Task.WhenAll(publishers.Select(p => p.StopAsync(CancellationToken.None)));

            Assert.Equal(0, await PlansLeftAsync(second));
            Assert.All(ids, id => Assert.Equal(1, counter.Publishing.GetValueOrDefault(id)));
            Assert.All(ids, id => Assert.Equal(1, counter.Published.GetValueOrDefault(id)));
            var versions = await second.InScopeAsync(sp => sp.GetRequiredService<UstaDbContext>().ContentItems
                .Where(x => ids.Contains(x.ContentItemId)).Select(x => new { x.Published, x.Latest }).ToListAsync());
            Assert.Equal(Items, versions.Count);
            Assert.All(versions, v => Assert.True(v.Published && v.Latest));
        }
        finally
        {
            await first.DisposeAsync();
            await second.DisposeAsync();
        }
    }

    private static Task<int> PlansLeftAsync(TestSite site)
        => site.InScopeAsync(sp => sp.GetRequiredService<UstaDbContext>().Set<ScheduledPublicationRecord>().CountAsync());
}
