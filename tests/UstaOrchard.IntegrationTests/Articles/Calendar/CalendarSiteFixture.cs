using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Usta.Articles;
using Usta.Contents;
using Usta.Contents.Scheduling;
using UstaOrchard.Core.Contents;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Articles.Calendar;

/// <summary>
/// A site whose clock stands at 18-11-2026 10:00 in Hồ Chí Minh City (03:00 UTC), with articles on
/// chosen days of October and November 2026, a draft and a scheduled one, all made before any page
/// is shown (so no calendar month is cached before its articles exist).
/// </summary>
public sealed class CalendarSiteFixture : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2026, 11, 18, 3, 0, 0, TimeSpan.Zero);
    public FakeTimeProvider Clock { get; } = new(Now);
    public UstaAppFactory Factory { get; }

    public CalendarSiteFixture() =>
        Factory = new UstaAppFactory(TestDatabase.Sqlite(), services: s => s.AddSingleton<TimeProvider>(Clock));

    public async Task InitializeAsync()
    {
        Factory.CreateClient().Dispose();
        await Factory.InScopeAsync(async sp =>
        {
            var contents = sp.GetRequiredService<ContentManager>();
            async Task<string> ArticleAsync(string title, DateTime publishedUtc, bool publish = true)
            {
                var article = contents.New(ArticlesStartup.ContentType);
                article.Apply(new TitlePart { Title = title });
                article.Apply(new AutoroutePart());
                article.PublishedUtc = publishedUtc;
                return (await contents.CreateAsync(article, publish)).ContentItemId;
            }

            // 31-10 23:30 and 01-11 00:30 in the site's zone (UTC+7): the day is the local one.
            await ArticleAsync("Lịch: cuối tháng Mười", new DateTime(2026, 10, 31, 16, 30, 0, DateTimeKind.Utc));
            await ArticleAsync("Lịch: đầu tháng Mười Một", new DateTime(2026, 10, 31, 17, 30, 0, DateTimeKind.Utc));
            await ArticleAsync("Lịch: ngày 3, tin một", new DateTime(2026, 11, 3, 1, 0, 0, DateTimeKind.Utc));
            await ArticleAsync("Lịch: ngày 3, tin hai", new DateTime(2026, 11, 3, 9, 0, 0, DateTimeKind.Utc));
            await ArticleAsync("Lịch: bản nháp ngày 5", new DateTime(2026, 11, 5, 2, 0, 0, DateTimeKind.Utc), publish: false);
            var scheduled = await ArticleAsync("Lịch: hẹn đăng ngày 20", new DateTime(2026, 11, 20, 2, 0, 0, DateTimeKind.Utc), publish: false);
            await sp.GetRequiredService<IPublishScheduler>().ScheduleAsync(scheduled, new DateTime(2026, 11, 20, 2, 0, 0, DateTimeKind.Utc), "bien-tap");
            return 0;
        });
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
