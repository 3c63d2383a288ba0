using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Usta.Articles;
using Usta.Contents;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Articles;

/// <summary>
/// Lists read their rows from ArticleIndex (title, path, lead, picture), never from the documents: the
/// columns follow every change of the item, and paging is exact; run on SQLite and on PostgreSQL.
/// </summary>
public abstract class ArticleListRowsTests
{
    private const string Category = "rowscat000000000000000001";
    private static readonly DateTime Day = new(2024, 6, 10, 2, 0, 0, DateTimeKind.Utc);

    protected abstract TestDatabase NewDatabase();

    private static ContentItem NewArticle(ContentManager contents, string title, DateTime listed, string? lead = null, string? image = null)
    {
        var article = contents.New(ArticlesStartup.ContentType);
        article.Apply(new TitlePart { Title = title });
        article.Apply(new AutoroutePart());
        article.Alter<ArticlePart>(a =>
        {
            a.Categories.TermContentItemIds = [Category];
            a.Lead.Text = lead;
            if (image is not null) (a.Image.Paths, a.Image.MediaTexts) = ([image], ["Ảnh " + title]);
        });
        article.Apply(new HtmlBodyPart { Html = "<p>Nội dung dài.</p>" });
        article.PublishedUtc = listed;
        return article;
    }

    private static Task<List<ArticleIndex>> RowsAsync(IServiceProvider sp, string id)
        => sp.GetRequiredService<UstaDbContext>().Set<ArticleIndex>().AsNoTracking().Where(x => x.ContentItemId == id).ToListAsync();

    [SkippableFact]
    public async Task ListColumns_FollowPublishEditDraftUnpublishAndRemove()
    {
        await using var site = await TestSite.CreateAsync(NewDatabase());
        await site.InScopeAsync(async sp =>
        {
            var contents = sp.GetRequiredService<ContentManager>();
            var item = await contents.CreateAsync(NewArticle(contents, "Hội thảo khoa học Đồng Nai", Day, "Sapo đầu tiên.", "tin-tuc/hoi-thao.jpg"), publish: true);
            var id = item.ContentItemId;

            var row = Assert.Single(await RowsAsync(sp, id));
            Assert.Equal(("Hội thảo khoa học Đồng Nai", item.As<AutoroutePart>()!.Path, "Sapo đầu tiên.", "tin-tuc/hoi-thao.jpg", "Ảnh Hội thảo khoa học Đồng Nai"),
                (row.Title, row.Path, row.Lead, row.ImagePath, row.ImageAlt));
            Assert.StartsWith("tin-tuc/", row.Path);

            var edited = (await contents.GetAsync(id, VersionOptions.Latest))!;
            edited.Alter<TitlePart>(t => t.Title = "Hội thảo (đã sửa)");
            edited.Alter<ArticlePart>(a => (a.Lead.Text, a.Image.Paths, a.Image.MediaTexts) = ("Sapo đã sửa.", [], []));
            await contents.SaveAndPublishAsync(edited);
            row = Assert.Single(await RowsAsync(sp, id));
            Assert.Equal(("Hội thảo (đã sửa)", "Sapo đã sửa.", (string?)null, (string?)null), (row.Title, row.Lead, row.ImagePath, row.ImageAlt));

            var draft = (await contents.GetAsync(id, VersionOptions.Latest))!;
            draft.Alter<TitlePart>(t => t.Title = "Bản nháp chưa đăng");
            await contents.SaveDraftAsync(draft);
            var rows = await RowsAsync(sp, id);
            Assert.Equal("Hội thảo (đã sửa)", Assert.Single(rows, r => r.Published).Title);
            Assert.Equal("Bản nháp chưa đăng", Assert.Single(rows, r => r.Latest).Title);
            var queries = sp.GetRequiredService<ArticleQueries>();
            Assert.Equal(["Hội thảo (đã sửa)"], (await queries.OnDateAsync(new DateOnly(2024, 6, 10), default)).Select(a => a.Title));

            await contents.UnpublishAsync(id);
            Assert.DoesNotContain(await RowsAsync(sp, id), r => r.Published);
            Assert.Empty(await queries.OnDateAsync(new DateOnly(2024, 6, 10), default));

            await contents.PublishAsync(id);
            Assert.Equal("Bản nháp chưa đăng", Assert.Single(await RowsAsync(sp, id), r => r.Published).Title);
            await contents.RemoveAsync(id);
            Assert.Empty(await RowsAsync(sp, id));
        });
    }

    [SkippableFact]
    public async Task CategoryPages_AreExactAtTheirBoundaries_WhateverTheInsertionOrder()
    {
        await using var site = await TestSite.CreateAsync(NewDatabase());
        await site.InScopeAsync(async sp =>
        {
            var contents = sp.GetRequiredService<ContentManager>();
            // Created out of date order; two share a date (third and fourth: across the first page's
            // end), which the item id orders.
            int[] days = [5, 1, 7, 5, 3, 6, 2, 4];
            var created = new List<(string Id, DateTime Listed, string Title)>();
            foreach (var (day, n) in days.Select((d, n) => (d, n)))
            {
                var listed = Day.AddDays(day);
                var item = await contents.CreateAsync(NewArticle(contents, $"Tin phân trang {n}", listed, $"Sapo {n}"), publish: true);
                created.Add((item.ContentItemId, listed, item.DisplayText));
            }
            var expected = created.OrderByDescending(c => c.Listed).ThenByDescending(c => c.Id, StringComparer.Ordinal).ToList();

            var queries = sp.GetRequiredService<ArticleQueries>();
            var pages = new List<ArticleList>();
            for (var page = 1; page <= 3; page++) pages.Add(await queries.InCategoriesAsync([Category], page, 3, default));

            Assert.All(pages, p => Assert.Equal((8, 3), (p.Total, p.PageCount)));
            Assert.Equal([3, 3, 2], pages.Select(p => p.Items.Count));
            Assert.Equal(expected.Select(e => e.Id), pages.SelectMany(p => p.Items).Select(i => i.ContentItemId));
            var first = pages[0].Items[0];
            var zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
            Assert.Equal((expected[0].Title, "/" + (await contents.GetAsync(expected[0].Id))!.As<AutoroutePart>()!.Path,
                    TimeZoneInfo.ConvertTimeFromUtc(expected[0].Listed, zone)),
                (first.Title, first.Url, first.ListedLocal));
            Assert.Empty((await queries.InCategoriesAsync([Category], 4, 3, default)).Items);

            // The same order on the home page's list, at its boundaries too.
            var latest = new List<string>();
            for (var page = 1; page <= 3; page++) latest.AddRange((await queries.LatestAsync(page, 3, default)).Items.Select(i => i.ContentItemId));
            Assert.Equal(expected.Select(e => e.Id), latest);

            // "Các tin khác" of the two articles sharing a date: the nearest older ones, newest first.
            var (tieNewer, tieOlder) = (expected[2], expected[3]);
            var around = await queries.AroundAsync(tieNewer.Id, tieNewer.Listed, [Category], 3, default);
            Assert.Equal(expected.Skip(3).Take(3).Select(e => e.Id), around.Select(a => a.ContentItemId));
            // The oldest has none older: the nearest newer ones fill the list.
            var oldest = expected[^1];
            Assert.Equal(expected.Skip(4).Take(3).Select(e => e.Id), (await queries.AroundAsync(oldest.Id, oldest.Listed, [Category], 3, default)).Select(a => a.ContentItemId));
            Assert.DoesNotContain(tieOlder.Id, (await queries.AroundAsync(tieOlder.Id, tieOlder.Listed, [Category], 5, default)).Select(a => a.ContentItemId));
        });
    }
}

public sealed class SqliteArticleListRowsTests : ArticleListRowsTests
{
    protected override TestDatabase NewDatabase() => TestDatabase.Sqlite();
}

public sealed class PostgresArticleListRowsTests : ArticleListRowsTests
{
    protected override TestDatabase NewDatabase() => TestDatabase.Postgres();
}
