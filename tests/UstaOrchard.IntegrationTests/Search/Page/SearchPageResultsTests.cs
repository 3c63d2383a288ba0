using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Usta.Contents;
using UstaOrchard.Core.Contents;
using UstaOrchard.IntegrationTests.Infrastructure;
using Xunit;
using static UstaOrchard.IntegrationTests.Search.Page.SearchPageClient;

namespace UstaOrchard.IntegrationTests.Search.Page;

/// <summary>Filters, sort and paging of /tim-kiem, and what never appears (drafts, unpublished, removed).</summary>
public sealed class SearchPageResultsTests(EditorSiteFixture site) : IClassFixture<EditorSiteFixture>
{
    private static void SameItems(IEnumerable<string> expected, IEnumerable<string> actual)
        => Assert.Equal(expected.Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));

    private static DateTime Utc(int year, int month, int day, int hour = 3) => new(year, month, day, hour, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task TypeCategoryAndDateFilters_NarrowTheResults()
    {
        var word = UniqueWord();
        var categories = await PublishedCategoriesAsync(site.Factory);
        var (first, second) = (categories[0], categories[1]);
        var old = await CreateAsync(site.Factory, $"Tin cũ {word}", "<p>Nội dung</p>", Utc(2020, 3, 10), categories: first);
        // 18:00 UTC on 31 May is 1 June in Hồ Chí Minh City: the date filter counts in site time.
        var june = await CreateAsync(site.Factory, $"Tin tháng sáu {word}", "<p>Nội dung</p>", Utc(2021, 5, 31, 18), categories: second);
        var page = await CreateAsync(site.Factory, $"Trang {word}", "<p>Nội dung</p>", Utc(2022, 1, 5), ContentTypes.Page);
        await site.Factory.WaitForSearchIndexAsync();

        SameItems([old, june, page], (await SearchAsync(site.Factory, word)).HitIds);
        Assert.Equal([page], (await SearchAsync(site.Factory, word, "loai=Page")).HitIds);
        SameItems([old, june], (await SearchAsync(site.Factory, word, "loai=Article")).HitIds);
        Assert.Equal([old], (await SearchAsync(site.Factory, word, "chuyen-muc=" + first)).HitIds);
        Assert.Equal([june], (await SearchAsync(site.Factory, word, "tu=2021-06-01&den=2021-06-01")).HitIds);
        Assert.Empty((await SearchAsync(site.Factory, word, "tu=2021-05-30&den=2021-05-31")).HitIds);
        SameItems([june, page], (await SearchAsync(site.Factory, word, "tu=2021-01-01")).HitIds);
        SameItems([old, june], (await SearchAsync(site.Factory, word, "den=2021-12-31")).HitIds);

        var shown = (await SearchAsync(site.Factory, word, "loai=Article&chuyen-muc=" + second)).Hits.Single();
        Assert.Equal("01-06-2021", shown.QuerySelector("[data-test=search-hit-date]")!.TextContent);
        Assert.Equal("Tin bài", shown.QuerySelector("[data-test=search-hit-type]")!.TextContent);
    }

    [Fact]
    public async Task SortByDate_ListsNewestFirst()
    {
        var word = UniqueWord();
        // Created out of date order, and the oldest has the word twice and in its title: first by relevance.
        var oldest = await CreateAsync(site.Factory, $"{word} {word}", $"<p>{word} {word} {word}</p>", Utc(2019, 4, 1));
        var newest = await CreateAsync(site.Factory, "Tin mới nhất", $"<p>Một lần {word}, giữa một đoạn văn dài hơn nhiều chữ.</p>", Utc(2023, 4, 1));
        var middle = await CreateAsync(site.Factory, "Tin giữa", $"<p>Cũng một lần {word} trong đoạn này, dài hơn một chút.</p>", Utc(2021, 4, 1));
        await site.Factory.WaitForSearchIndexAsync();

        Assert.Equal(oldest, (await SearchAsync(site.Factory, word)).HitIds[0]);
        var byDate = await SearchAsync(site.Factory, word, "sap-xep=moi-nhat");
        Assert.Equal([newest, middle, oldest], byDate.HitIds);
        Assert.Equal(["01-04-2023", "01-04-2021", "01-04-2019"], byDate.Hits.Select(h => h.QuerySelector("[data-test=search-hit-date]")!.TextContent));
    }

    [Fact]
    public async Task Paging_ShowsTheNextResults_AndLinksKeepTheFilters()
    {
        var word = UniqueWord();
        var ids = new List<string>();
        for (var i = 0; i < 12; i++) ids.Add(await CreateAsync(site.Factory, $"Tin số {i} {word}", "<p>Nội dung</p>", Utc(2020, 1, 1 + i)));
        await site.Factory.WaitForSearchIndexAsync();

        var filters = "loai=Article&tu=2019-12-31&sap-xep=moi-nhat";
        var first = await SearchAsync(site.Factory, word, filters);
        Assert.Equal(10, first.Hits.Count);
        Assert.Contains("12", first.Document.QuerySelector("[data-test=search-total]")!.TextContent);
        var next = first.Document.QuerySelector("[data-test=search-next]")!.GetAttribute("href")!;
        Assert.Contains("trang=2", next);
        foreach (var kept in new[] { "q=" + word, "loai=Article", "tu=2019-12-31", "sap-xep=moi-nhat" }) Assert.Contains(kept, next);

        var second = await GetAsync(site.Factory, next.Split('?', 2)[1]);
        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Equal(2, second.Hits.Count);
        Assert.Equal(ids.AsEnumerable().Reverse(), first.HitIds.Concat(second.HitIds));
        Assert.Null(second.Document.QuerySelector("[data-test=search-next]"));
        Assert.Contains("trang", second.Document.QuerySelector("[data-test=search-prev]")!.GetAttribute("href") + "trang");

        var beyond = await SearchAsync(site.Factory, word, filters + "&trang=3");
        Assert.Equal(HttpStatusCode.OK, beyond.Status);
        Assert.Empty(beyond.Hits);
        Assert.NotNull(beyond.Notice);
    }

    [Fact]
    public async Task DraftsUnpublishedAndRemovedItems_NeverAppear()
    {
        var word = UniqueWord();
        var shown = await CreateAsync(site.Factory, $"Tin đăng {word}", "<p>Nội dung</p>", Utc(2022, 2, 2));
        var draft = await CreateAsync(site.Factory, $"Bản nháp {word}", "<p>Nội dung</p>", Utc(2022, 2, 2), publish: false);
        var unpublished = await CreateAsync(site.Factory, $"Tin gỡ {word}", "<p>Nội dung</p>", Utc(2022, 2, 3));
        var removed = await CreateAsync(site.Factory, $"Tin xóa {word}", "<p>Nội dung</p>", Utc(2022, 2, 4));
        await site.Factory.WaitForSearchIndexAsync();
        SameItems([shown, unpublished, removed], (await SearchAsync(site.Factory, word)).HitIds);

        await site.Factory.RunInScopeAsync(async sp =>
        {
            var contents = sp.GetRequiredService<ContentManager>();
            Assert.True(await contents.UnpublishAsync(unpublished));
            Assert.True(await contents.RemoveAsync(removed));
        });
        await site.Factory.WaitForSearchIndexAsync();

        var answer = await SearchAsync(site.Factory, word);
        Assert.Equal([shown], answer.HitIds);
        Assert.DoesNotContain(draft, answer.Html);
        Assert.DoesNotContain("Bản nháp", answer.Html);
    }

    [Theory]
    [InlineData("tu=hom-qua")]
    [InlineData("den=2021-13-01")]
    [InlineData("tu=01-06-2021")]
    [InlineData("tu=2022-01-02&den=2022-01-01")]
    [InlineData("tu=0001-01-01")]
    [InlineData("loai=Category")]
    [InlineData("loai=%3Cscript%3E")]
    [InlineData("chuyen-muc=khong-co")]
    [InlineData("sap-xep=cu-nhat")]
    public async Task FilterTheFormCannotProduce_Returns400WithAMessage(string filter)
    {
        var answer = await SearchAsync(site.Factory, "giao duc", filter);
        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.False(string.IsNullOrWhiteSpace(answer.Error));
        Assert.NotNull(answer.Document.QuerySelector("#search-page-q"));
        Assert.Equal("giao duc", answer.Document.QuerySelector("#search-page-q")!.GetAttribute("value"));
        Assert.Empty(answer.Hits);
        Assert.DoesNotContain("<script>", answer.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("trang=0")]
    [InlineData("trang=-1")]
    [InlineData("trang=abc")]
    [InlineData("trang=99999999999")]
    public async Task PageThatCannotExist_Returns404LikeEveryPagedList(string filter)
        => Assert.Equal(HttpStatusCode.NotFound, (await SearchAsync(site.Factory, "giao duc", filter)).Status);
}
