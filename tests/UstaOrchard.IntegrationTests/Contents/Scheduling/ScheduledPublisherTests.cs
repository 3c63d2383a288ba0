using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Usta.Contents;
using Usta.Contents.Scheduling;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Contents.Scheduling;

/// <summary>
/// "Publish later" on one node, one round at a time: the clock is a FakeTimeProvider and the test runs
/// the publisher's round itself (TestSite starts no hosted service), so "not before" is exact, not a race.
/// </summary>
public sealed class ScheduledPublisherTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    internal static async Task<string> NewDraftAsync(TestSite site, string title)
        => await site.InScopeAsync(async sp =>
        {
            var contents = sp.GetRequiredService<ContentManager>();
            var page = contents.New(ContentTypes.Page);
            page.Apply(new TitlePart { Title = title });
            page.Apply(new HtmlBodyPart { Html = $"<p>{title}</p>" });
            return (await contents.CreateAsync(page, publish: false)).ContentItemId;
        });

    private static Task<ContentItem?> PublishedAsync(TestSite site, string id)
        => site.InScopeAsync(sp => sp.GetRequiredService<ContentManager>().GetAsync(id, VersionOptions.Published));

    private static Task<int> RoundAsync(TestSite site) => site.Services.GetRequiredService<ScheduledPublisher>().PublishDueAsync();

    private static Task<ScheduledPublication?> PlanAsync(TestSite site, string id)
        => site.InScopeAsync(sp => sp.GetRequiredService<IPublishScheduler>().GetAsync(id));

    [Fact]
    public async Task PlannedItem_IsPublishedWhenDue_NotBefore()
    {
        var clock = new FakeTimeProvider(Start);
        await using var site = await TestSite.CreateAsync(TestDatabase.Sqlite(), services: s => s.AddSingleton<TimeProvider>(clock));
        var id = await NewDraftAsync(site, "Thông báo hẹn giờ");
        var due = Start.UtcDateTime.AddHours(2);
        await site.InScopeAsync(sp => sp.GetRequiredService<IPublishScheduler>().ScheduleAsync(id, due, "bien-tap"));

        clock.Advance(TimeSpan.FromHours(2) - TimeSpan.FromSeconds(1));
        Assert.Equal(0, await RoundAsync(site));
        Assert.Null(await PublishedAsync(site, id));
        Assert.Equal(new ScheduledPublication(id, due, "bien-tap"), await PlanAsync(site, id));

        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await RoundAsync(site));
        var published = await PublishedAsync(site, id);
        Assert.NotNull(published);
        Assert.Equal(due, published.PublishedUtc);
        Assert.Null(await PlanAsync(site, id));
        Assert.Equal(0, await RoundAsync(site));
    }

    [Fact]
    public async Task MovedPlan_IsPublishedAtTheNewTime()
    {
        var clock = new FakeTimeProvider(Start);
        await using var site = await TestSite.CreateAsync(TestDatabase.Sqlite(), services: s => s.AddSingleton<TimeProvider>(clock));
        var id = await NewDraftAsync(site, "Lịch dời");
        await site.InScopeAsync(sp => sp.GetRequiredService<IPublishScheduler>().ScheduleAsync(id, Start.UtcDateTime.AddMinutes(5), "a"));
        await site.InScopeAsync(sp => sp.GetRequiredService<IPublishScheduler>().ScheduleAsync(id, Start.UtcDateTime.AddMinutes(30), "b"));

        clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(0, await RoundAsync(site));
        clock.Advance(TimeSpan.FromMinutes(20));
        Assert.Equal(1, await RoundAsync(site));
        Assert.NotNull(await PublishedAsync(site, id));
    }

    [Fact]
    public async Task DeletingOrUnpublishingTheItem_CancelsItsPlan()
    {
        var clock = new FakeTimeProvider(Start);
        await using var site = await TestSite.CreateAsync(TestDatabase.Sqlite(), services: s => s.AddSingleton<TimeProvider>(clock));
        var removed = await NewDraftAsync(site, "Bài sẽ xoá");
        var unpublished = await NewDraftAsync(site, "Bài sẽ gỡ");
        var cancelled = await NewDraftAsync(site, "Bài huỷ hẹn");
        await site.InScopeAsync(async sp =>
        {
            var contents = sp.GetRequiredService<ContentManager>();
            await contents.PublishAsync(unpublished);
            var draft = (await contents.GetAsync(unpublished, VersionOptions.Latest))!;
            draft.Alter<TitlePart>(t => t.Title = "Bài sẽ gỡ (sửa)");
            await contents.SaveDraftAsync(draft);

            var scheduler = sp.GetRequiredService<IPublishScheduler>();
            foreach (var id in new[] { removed, unpublished, cancelled })
                await scheduler.ScheduleAsync(id, Start.UtcDateTime.AddMinutes(1), "bien-tap");

            await contents.RemoveAsync(removed);
            await contents.UnpublishAsync(unpublished);
            Assert.True(await scheduler.CancelAsync(cancelled));
            Assert.False(await scheduler.CancelAsync(cancelled));
        });

        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(0, await RoundAsync(site));
        Assert.Null(await PlanAsync(site, removed));
        Assert.Null(await PlanAsync(site, unpublished));
        Assert.Null(await PublishedAsync(site, unpublished));
        Assert.Null(await PublishedAsync(site, cancelled));
        Assert.Equal(0, await site.InScopeAsync(sp => sp.GetRequiredService<UstaDbContext>().Set<ScheduledPublicationRecord>().CountAsync()));
    }
}
