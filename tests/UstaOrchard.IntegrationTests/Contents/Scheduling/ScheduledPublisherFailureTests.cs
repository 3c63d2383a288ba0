using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Usta.Contents.Scheduling;
using UstaOrchard.Core.Contents;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Contents.Scheduling;

/// <summary>What the publisher does when a publish is refused (plan dropped) or fails (plan kept, one warning).</summary>
public sealed class ScheduledPublisherFailureTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    /// <summary>Refuses titles with "từ chối" as a rule would; throws a plain error while <see cref="Broken"/> is set.</summary>
    private sealed class Gate
    {
        public volatile bool Broken;
    }

    private sealed class GateHandler(Gate gate) : IContentHandler
    {
        public Task PublishingAsync(ContentContext context)
        {
            if (context.ContentItem.DisplayText.Contains("từ chối")) throw new ContentValidationException("Bài này không được xuất bản.");
            if (gate.Broken) throw new InvalidOperationException("Ổ đĩa tạm thời lỗi.");
            return Task.CompletedTask;
        }
    }

    private static async Task<(TestSite Site, FakeTimeProvider Clock, Gate Gate)> SiteAsync()
    {
        var clock = new FakeTimeProvider(Start);
        var gate = new Gate();
        var site = await TestSite.CreateAsync(TestDatabase.Sqlite(),
            services: s => s.AddSingleton<TimeProvider>(clock).AddSingleton(gate).AddScoped<IContentHandler, GateHandler>());
        return (site, clock, gate);
    }

    private static Task ScheduleAsync(TestSite site, string id)
        => site.InScopeAsync(sp => sp.GetRequiredService<IPublishScheduler>().ScheduleAsync(id, Start.UtcDateTime.AddMinutes(1), "bien-tap"));

    [Fact]
    public async Task PublishRefusedByARule_DropsThePlan_WithAWarningNamingTheItem()
    {
        var (site, clock, _) = await SiteAsync();
        await using var _ = site;
        var id = await ScheduledPublisherTests.NewDraftAsync(site, "Bài bị từ chối");
        await ScheduleAsync(site, id);
        site.Logs.Expect(e => e.Level == LogLevel.Warning && e.Message.Contains(id) && e.Message.Contains("Bài này không được xuất bản."));

        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(0, await site.Services.GetRequiredService<ScheduledPublisher>().PublishDueAsync());

        Assert.Null(await site.InScopeAsync(sp => sp.GetRequiredService<IPublishScheduler>().GetAsync(id)));
        Assert.Null(await site.InScopeAsync(sp => sp.GetRequiredService<ContentManager>().GetAsync(id, VersionOptions.Published)));
        Assert.Single(site.Logs.Entries, e => e.Message.Contains(id));
    }

    [Fact]
    public async Task FailingPublish_KeepsThePlan_WarnsOnce_AndSucceedsLater()
    {
        var (site, clock, gate) = await SiteAsync();
        await using var _ = site;
        var id = await ScheduledPublisherTests.NewDraftAsync(site, "Bài gặp lỗi tạm");
        await ScheduleAsync(site, id);
        site.Logs.Expect(e => e.Level == LogLevel.Warning && e.Message.Contains(id));
        var publisher = site.Services.GetRequiredService<ScheduledPublisher>();
        gate.Broken = true;

        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(0, await publisher.PublishDueAsync());
        Assert.Equal(0, await publisher.PublishDueAsync());
        Assert.NotNull(await site.InScopeAsync(sp => sp.GetRequiredService<IPublishScheduler>().GetAsync(id)));
        Assert.Null(await site.InScopeAsync(sp => sp.GetRequiredService<ContentManager>().GetAsync(id, VersionOptions.Published)));
        Assert.Single(site.Logs.Entries, e => e.Message.Contains(id));

        gate.Broken = false;
        Assert.Equal(1, await publisher.PublishDueAsync());
        Assert.NotNull(await site.InScopeAsync(sp => sp.GetRequiredService<ContentManager>().GetAsync(id, VersionOptions.Published)));
    }
}
