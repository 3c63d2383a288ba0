using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Usta.Articles;
using Usta.Bulletins;
using Usta.Contents;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Contents;

/// <summary>The content store on a real database; run once on SQLite and once on PostgreSQL.</summary>
public abstract class ContentStoreTests
{
    protected abstract TestDatabase NewDatabase();

    private static ContentItem NewPage(ContentManager contents, string title, string? path = null)
    {
        var page = contents.New(ContentTypes.Page);
        page.Apply(new TitlePart { Title = title });
        page.Apply(new AutoroutePart { Path = path });
        page.Apply(new HtmlBodyPart { Html = $"<p>{title}</p>" });
        return page;
    }

    [SkippableFact]
    public async Task DraftPublishNewDraftPublish_KeepsHistory()
    {
        await using var site = await TestSite.CreateAsync(NewDatabase());
        var id = await site.InScopeAsync(async sp =>
        {
            var contents = sp.GetRequiredService<ContentManager>();
            var draft = await contents.CreateAsync(NewPage(contents, "Giới thiệu"), publish: false);
            Assert.True(draft.Latest);
            Assert.False(draft.Published);
            Assert.Null(await contents.GetAsync(draft.ContentItemId, VersionOptions.Published));
            return draft.ContentItemId;
        });

        await site.InScopeAsync(async sp =>
        {
            var contents = sp.GetRequiredService<ContentManager>();
            Assert.Equal(ContentSaveStatus.Saved, (await contents.PublishAsync(id)).Status);
            var published = await contents.GetAsync(id, VersionOptions.Published);
            Assert.Equal("Giới thiệu", published!.DisplayText);

            var edited = (await contents.GetAsync(id, VersionOptions.Latest))!;
            edited.Alter<TitlePart>(t => t.Title = "Giới thiệu Liên hiệp Hội");
            var saved = await contents.SaveDraftAsync(edited);
            Assert.Equal(ContentSaveStatus.Saved, saved.Status);
            Assert.NotEqual(published.ContentItemVersionId, saved.ContentItem!.ContentItemVersionId);

            // Readers still see the published version while the draft waits.
            Assert.Equal("Giới thiệu", (await contents.GetAsync(id, VersionOptions.Published))!.DisplayText);
            Assert.Equal("Giới thiệu Liên hiệp Hội", (await contents.GetAsync(id, VersionOptions.Latest))!.DisplayText);

            await contents.PublishAsync(id);
            var versions = await contents.GetVersionsAsync(id);
            Assert.Equal(2, versions.Count);
            Assert.True(versions[0].Published && versions[0].Latest);
            Assert.False(versions[1].Published || versions[1].Latest);
            Assert.Equal("Giới thiệu", versions[1].DisplayText);
        });
    }

    [SkippableFact]
    public async Task Dates_ComeFromTheClock_AndRepublishingKeepsTheFirstPublishedDate()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2021, 12, 7, 19, 50, 0, TimeSpan.Zero));
        await using var site = await TestSite.CreateAsync(NewDatabase(), services: s => s.AddSingleton<TimeProvider>(clock));
        await site.InScopeAsync(async sp =>
        {
            var contents = sp.GetRequiredService<ContentManager>();
            var item = await contents.CreateAsync(NewPage(contents, "Lịch công tác"), publish: true);
            Assert.Equal(clock.GetUtcNow().UtcDateTime, item.PublishedUtc);
            Assert.Equal(clock.GetUtcNow().UtcDateTime, item.CreatedUtc);

            clock.Advance(TimeSpan.FromDays(2));
            var edited = (await contents.GetAsync(item.ContentItemId, VersionOptions.Latest))!;
            edited.Alter<TitlePart>(t => t.Title = "Lịch công tác tuần 50");
            var draft = (await contents.SaveDraftAsync(edited)).ContentItem!;

            Assert.Equal(new DateTime(2021, 12, 9, 19, 50, 0, DateTimeKind.Utc), draft.ModifiedUtc);
            Assert.Equal(item.PublishedUtc, draft.PublishedUtc);
            Assert.Equal(item.CreatedUtc, draft.CreatedUtc);

            clock.Advance(TimeSpan.FromHours(1));
            var republished = (await contents.PublishAsync(item.ContentItemId)).ContentItem!;
            Assert.Equal(item.PublishedUtc, republished.PublishedUtc);
            Assert.Equal(draft.ModifiedUtc, republished.ModifiedUtc);
        });
    }

    [SkippableFact]
    public async Task Unpublish_HidesFromReaders_AndRemove_EndsTheItem()
    {
        await using var site = await TestSite.CreateAsync(NewDatabase());
        await site.InScopeAsync(async sp =>
        {
            var contents = sp.GetRequiredService<ContentManager>();
            var routes = sp.GetRequiredService<ContentRoutes>();
            var item = await contents.CreateAsync(NewPage(contents, "Liên hệ", "lien-he"), publish: true);
            Assert.NotNull(await routes.FindPublishedAsync("lien-he", default));

            Assert.True(await contents.UnpublishAsync(item.ContentItemId));
            Assert.Null(await contents.GetAsync(item.ContentItemId, VersionOptions.Published));
            Assert.NotNull(await contents.GetAsync(item.ContentItemId, VersionOptions.Latest));
            Assert.Null(await routes.FindPublishedAsync("lien-he", default));

            Assert.True(await contents.RemoveAsync(item.ContentItemId));
            Assert.Null(await contents.GetAsync(item.ContentItemId, VersionOptions.Latest));
            Assert.Single(await contents.GetVersionsAsync(item.ContentItemId));
            Assert.False(await contents.RemoveAsync(item.ContentItemId));
        });
    }

    [SkippableFact]
    public async Task IndexTables_FollowEveryChange()
    {
        await using var site = await TestSite.CreateAsync(NewDatabase());
        await site.InScopeAsync(async sp =>
        {
            var contents = sp.GetRequiredService<ContentManager>();
            var db = sp.GetRequiredService<UstaDbContext>();
            var category = contents.New(ContentTypes.Category);
            category.Apply(new TitlePart { Title = "Phổ biến kiến thức" }).Apply(new AutoroutePart()).Apply(new CategoryPart { Order = 1 });
            category = await contents.CreateAsync(category, publish: true);

            var article = contents.New(ArticlesStartup.ContentType);
            article.Apply(new TitlePart { Title = "Đồng Nai phổ biến kiến thức" }).Apply(new AutoroutePart());
            article.Alter<ArticlePart>(a => a.Categories.TermContentItemIds.Add(category.ContentItemId));
            article = await contents.CreateAsync(article, publish: true);
            var id = article.ContentItemId;

            Assert.Equal("chuyen-muc/pho-bien-kien-thuc", (await db.Set<AutorouteIndex>().SingleAsync(x => x.ContentItemId == category.ContentItemId)).Path);
            var route = await db.Set<AutorouteIndex>().AsNoTracking().SingleAsync(x => x.ContentItemId == id);
            Assert.Equal("tin-tuc/dong-nai-pho-bien-kien-thuc", route.Path);
            Assert.True(route.Published && route.Latest);
            Assert.Equal(category.ContentItemId, (await db.Set<ArticleCategoryIndex>().AsNoTracking().SingleAsync(x => x.ContentItemId == id)).CategoryId);

            // A new draft: one row for the published version, one for the latest.
            var edited = (await contents.GetAsync(id, VersionOptions.Latest))!;
            edited.Alter<ArticlePart>(a => { a.Categories.TermContentItemIds.Clear(); a.Featured.Value = true; });
            await contents.SaveDraftAsync(edited);
            var rows = await db.Set<ArticleIndex>().AsNoTracking().Where(x => x.ContentItemId == id).ToListAsync();
            Assert.Equal(2, rows.Count);
            Assert.Contains(rows, r => r.Published && !r.Latest && !r.Featured);
            Assert.Contains(rows, r => r.Latest && !r.Published && r.Featured);
            Assert.Single(await db.Set<ArticleCategoryIndex>().AsNoTracking().Where(x => x.ContentItemId == id).ToListAsync());

            await contents.PublishAsync(id);
            Assert.Empty(await db.Set<ArticleCategoryIndex>().AsNoTracking().Where(x => x.ContentItemId == id).ToListAsync());
            Assert.True((await db.Set<ArticleIndex>().AsNoTracking().SingleAsync(x => x.ContentItemId == id)).Featured);

            await contents.RemoveAsync(id);
            Assert.False(await db.Set<ArticleIndex>().AnyAsync(x => x.ContentItemId == id));
            Assert.False(await db.Set<AutorouteIndex>().AnyAsync(x => x.ContentItemId == id));
        });
    }

    [SkippableFact]
    public async Task SaveFromOutdatedVersion_IsRefusedAsConflict()
    {
        await using var site = await TestSite.CreateAsync(NewDatabase());
        var id = await site.InScopeAsync(async sp =>
        {
            var contents = sp.GetRequiredService<ContentManager>();
            return (await contents.CreateAsync(NewPage(contents, "Bản gốc"), publish: false)).ContentItemId;
        });

        // Two editors open the same draft.
        var first = await site.InScopeAsync(sp => sp.GetRequiredService<ContentManager>().GetAsync(id, VersionOptions.Latest));
        var second = await site.InScopeAsync(sp => sp.GetRequiredService<ContentManager>().GetAsync(id, VersionOptions.Latest));

        first!.Alter<TitlePart>(t => t.Title = "Sửa lần một");
        var saved = await site.InScopeAsync(sp => sp.GetRequiredService<ContentManager>().SaveDraftAsync(first));
        Assert.Equal(ContentSaveStatus.Saved, saved.Status);

        second!.Alter<TitlePart>(t => t.Title = "Sửa lần hai");
        var refused = await site.InScopeAsync(sp => sp.GetRequiredService<ContentManager>().SaveDraftAsync(second));
        Assert.True(refused.IsConflict);

        var stored = await site.InScopeAsync(sp => sp.GetRequiredService<ContentManager>().GetAsync(id, VersionOptions.Latest));
        Assert.Equal("Sửa lần một", stored!.DisplayText);

        // Saving again from what was stored works.
        stored.Alter<TitlePart>(t => t.Title = "Sửa lần ba");
        Assert.Equal(ContentSaveStatus.Saved, (await site.InScopeAsync(sp => sp.GetRequiredService<ContentManager>().SaveDraftAsync(stored))).Status);
    }

    [SkippableFact]
    public async Task Handlers_AreToldOfEveryChange()
    {
        var recorder = new EventRecorder();
        await using var site = await TestSite.CreateAsync(NewDatabase(), services: s => s.AddSingleton<IContentHandler>(recorder));
        await site.InScopeAsync(async sp =>
        {
            var contents = sp.GetRequiredService<ContentManager>();
            var item = await contents.CreateAsync(NewPage(contents, "Sự kiện"), publish: false);
            await contents.PublishAsync(item.ContentItemId);
            await contents.UnpublishAsync(item.ContentItemId);
            await contents.RemoveAsync(item.ContentItemId);
        });

        Assert.Equal(
            ["Creating", "Created", "Changed", "Publishing", "Published", "Changed", "Unpublished", "Changed", "Removed", "Changed"],
            recorder.Events);
    }

    [SkippableFact]
    public async Task SameTitleTwice_GetsAUniquePath()
    {
        await using var site = await TestSite.CreateAsync(NewDatabase());
        await site.InScopeAsync(async sp =>
        {
            var contents = sp.GetRequiredService<ContentManager>();
            var a = await contents.CreateAsync(NewPage(contents, "Thông báo"), publish: true);
            var b = await contents.CreateAsync(NewPage(contents, "Thông báo"), publish: true);
            Assert.Equal("thong-bao", a.As<AutoroutePart>()!.Path);
            Assert.Equal("thong-bao-2", b.As<AutoroutePart>()!.Path);
        });
    }

    [SkippableFact]
    public async Task SecondBulletinWithTheSameNumberAndYear_IsRefused()
    {
        await using var site = await TestSite.CreateAsync(NewDatabase());
        await site.InScopeAsync(async sp =>
        {
            var contents = sp.GetRequiredService<ContentManager>();
            ContentItem Bulletin() => contents.New(BulletinsStartup.ContentType)
                .Apply(new TitlePart { Title = "Bản tin số 44" }).Apply(new AutoroutePart())
                .Apply(new BulletinPart { Number = 44, Year = 2022 });
            var first = await contents.CreateAsync(Bulletin(), publish: true);
            Assert.Equal("ban-tin/2022/so-44", first.As<AutoroutePart>()!.Path);

            var error = await Assert.ThrowsAsync<ContentValidationException>(() => contents.CreateAsync(Bulletin(), publish: true));
            Assert.Equal("Bản tin số 44 năm 2022 đã có.", error.Message);
        });
    }

    private sealed class EventRecorder : IContentHandler
    {
        public List<string> Events { get; } = [];

        public Task CreatingAsync(ContentContext context) => Record("Creating");
        public Task CreatedAsync(ContentContext context) => Record("Created");
        public Task PublishingAsync(ContentContext context) => Record("Publishing");
        public Task PublishedAsync(ContentContext context) => Record("Published");
        public Task UnpublishedAsync(ContentContext context) => Record("Unpublished");
        public Task RemovedAsync(ContentContext context) => Record("Removed");
        public Task ChangedAsync(ContentContext context) => Record("Changed");

        private Task Record(string name)
        {
            Events.Add(name);
            return Task.CompletedTask;
        }
    }
}

public sealed class SqliteContentStoreTests : ContentStoreTests
{
    protected override TestDatabase NewDatabase() => TestDatabase.Sqlite();
}

public sealed class PostgresContentStoreTests : ContentStoreTests
{
    protected override TestDatabase NewDatabase() => TestDatabase.Postgres();
}
