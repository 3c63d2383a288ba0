using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Usta.Contents;
using Usta.Contents.Scheduling;
using UstaOrchard.Core.Data;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Contents.Admin;

/// <summary>The list's SQL on both databases: LIKE escapes, folded titles, time zones and null ordering differ between them.</summary>
public abstract class ContentListPageTests(UstaAppFactory factory)
{
    private UstaAppFactory Factory => factory;

    [Fact]
    public async Task QueryWithoutDiacritics_FindsDongNai()
    {
        var tag = ContentSeed.Tag();
        await Factory.CreateAsync($"Hội thảo Đồng Nai {tag}", "someone");
        await Factory.CreateAsync($"Hội thảo Bình Dương {tag}", "someone");
        var editor = await Factory.SignedInAsync("Editor");

        Assert.Equal([$"Hội thảo Đồng Nai {tag}"], await editor.ListedAsync($"q=dong+nai+{tag}"));
        Assert.Equal([$"Hội thảo Đồng Nai {tag}"], await editor.ListedAsync($"q=ĐỒNG+NAI+{tag}"));
    }

    [Fact]
    public async Task PercentInQuery_IsALiteralCharacter()
    {
        var tag = ContentSeed.Tag();
        await Factory.CreateAsync($"Giảm 50% {tag}", "someone");
        await Factory.CreateAsync($"Giảm 500 {tag}", "someone");
        var editor = await Factory.SignedInAsync("Editor");

        Assert.Equal([$"Giảm 50% {tag}"], await editor.ListedAsync($"q={Uri.EscapeDataString("50% " + tag)}"));
    }

    [Theory]
    [InlineData("", new[] { "draft", "published", "newer" })]
    [InlineData("draft", new[] { "draft" })]
    [InlineData("published", new[] { "published", "newer" })]
    [InlineData("newer-draft", new[] { "newer" })]
    [InlineData("scheduled", new[] { "scheduled" })]
    [InlineData("recycle-bin", new[] { "removed" })]
    public async Task StatusFilter_ShowsOnlyItemsInThatState(string status, string[] expected)
    {
        var tag = ContentSeed.Tag();
        await Factory.CreateAsync($"{tag} draft", "someone");
        await Factory.CreateAsync($"{tag} published", "someone", publish: true);
        var newer = await Factory.CreateAsync($"{tag} newer", "someone", publish: true);
        await Factory.SaveDraftAsync(newer.ContentItemId, $"{tag} newer");
        var removed = await Factory.CreateAsync($"{tag} removed", "someone", publish: true);
        await Factory.WithAsync(c => c.RemoveAsync(removed.ContentItemId));
        var scheduled = await Factory.CreateAsync($"{tag} scheduled", "someone");
        await Factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<UstaDbContext>();
            db.Add(new ScheduledPublicationRecord { ContentItemId = scheduled.ContentItemId, ContentType = ContentTypes.Page, PublishUtc = DateTime.UtcNow.AddDays(3), ScheduledBy = "someone", ScheduledUtc = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });
        var editor = await Factory.SignedInAsync("Editor");

        var listed = await editor.ListedAsync($"q={tag}&status={status}&sort=title");

        // The scheduled item is also a draft: it shows with the drafts and on its own.
        var want = expected.Concat(status is "" or "draft" ? ["scheduled"] : []).Select(e => $"{tag} {e}").OrderBy(t => t, StringComparer.Ordinal);
        Assert.Equal(want, listed.OrderBy(t => t, StringComparer.Ordinal));
    }

    [Fact]
    public async Task TypeFilter_ShowsOnlyThatType()
    {
        var tag = ContentSeed.Tag();
        await Factory.CreateAsync($"{tag} trang", "someone");
        await Factory.CreateAsync($"{tag} liên kết", "someone", type: ContentTypes.Link);
        var editor = await Factory.SignedInAsync("Editor");

        Assert.Equal([$"{tag} trang"], await editor.ListedAsync($"q={tag}&type=Page"));
        Assert.Equal(2, (await editor.ListedAsync($"q={tag}")).Count);
    }

    [Fact]
    public async Task CategoryFilter_ShowsOnlyItemsWithThatTerm()
    {
        var tag = ContentSeed.Tag();
        var term = "c" + Guid.NewGuid().ToString("N")[..20];
        await Factory.CreateAsync($"{tag} có chuyên mục", "someone", terms: [term]);
        await Factory.CreateAsync($"{tag} chuyên mục khác", "someone", terms: ["c" + Guid.NewGuid().ToString("N")[..20]]);
        var editor = await Factory.SignedInAsync("Editor");

        Assert.Equal([$"{tag} có chuyên mục"], await editor.ListedAsync($"q={tag}&category={term}"));
    }

    [Fact]
    public async Task OwnerFilter_ShowsOnlyThatOwnersItems()
    {
        var tag = ContentSeed.Tag();
        await Factory.CreateAsync($"{tag} của an", "an-" + tag);
        await Factory.CreateAsync($"{tag} của bình", "binh-" + tag);
        var editor = await Factory.SignedInAsync("Editor");

        Assert.Equal([$"{tag} của an"], await editor.ListedAsync($"q={tag}&owner=an-{tag}"));
    }

    [Fact]
    public async Task DateRange_IsInTheSiteTimeZone()
    {
        var tag = ContentSeed.Tag();
        // Asia/Ho_Chi_Minh is UTC+7: 14-01 18:00 UTC is already 15-01 in the site's zone, 20-01 17:30 UTC is 21-01.
        await Factory.CreateAsync($"{tag} a", "someone", modifiedUtc: new DateTime(2020, 1, 14, 16, 0, 0, DateTimeKind.Utc));
        await Factory.CreateAsync($"{tag} b", "someone", modifiedUtc: new DateTime(2020, 1, 14, 18, 0, 0, DateTimeKind.Utc));
        await Factory.CreateAsync($"{tag} c", "someone", modifiedUtc: new DateTime(2020, 1, 20, 16, 30, 0, DateTimeKind.Utc));
        await Factory.CreateAsync($"{tag} d", "someone", modifiedUtc: new DateTime(2020, 1, 20, 17, 30, 0, DateTimeKind.Utc));
        var editor = await Factory.SignedInAsync("Editor");

        Assert.Equal([$"{tag} b", $"{tag} c"], await editor.ListedAsync($"q={tag}&from=15-01-2020&to=20-01-2020&sort=title"));
    }

    [Fact]
    public async Task Sorts_OrderItemsNotCreatedInThatOrder()
    {
        var tag = ContentSeed.Tag();
        var day = new DateTime(2021, 3, 1, 0, 0, 0, DateTimeKind.Utc);
        await Factory.CreateAsync($"{tag} Bưởi", "someone", publish: true, modifiedUtc: day.AddDays(1), publishedUtc: day.AddDays(3));
        await Factory.CreateAsync($"{tag} Cam", "someone", publish: true, modifiedUtc: day.AddDays(3), publishedUtc: day.AddDays(1));
        await Factory.CreateAsync($"{tag} Ấu", "someone", publish: true, modifiedUtc: day.AddDays(2), publishedUtc: day.AddDays(2));
        await Factory.CreateAsync($"{tag} Dừa", "someone", modifiedUtc: day);
        var editor = await Factory.SignedInAsync("Editor");

        Assert.Equal([$"{tag} Ấu", $"{tag} Bưởi", $"{tag} Cam", $"{tag} Dừa"], await editor.ListedAsync($"q={tag}&sort=title"));
        Assert.Equal([$"{tag} Cam", $"{tag} Ấu", $"{tag} Bưởi", $"{tag} Dừa"], await editor.ListedAsync($"q={tag}&sort=modified"));
        // The draft, never published, comes last on both databases.
        Assert.Equal([$"{tag} Bưởi", $"{tag} Ấu", $"{tag} Cam", $"{tag} Dừa"], await editor.ListedAsync($"q={tag}&sort=published"));
    }

    [Fact]
    public async Task Paging_TwentyAPage_AndPastTheLastPageIs404()
    {
        var tag = ContentSeed.Tag();
        for (var i = 0; i < 23; i++) await Factory.CreateAsync($"{tag} {i:00}", "someone");
        var editor = await Factory.SignedInAsync("Editor");

        var first = await editor.ListedAsync($"q={tag}&sort=title");
        var second = await editor.ListedAsync($"q={tag}&sort=title&trang=2");
        Assert.Equal(20, first.Count);
        Assert.Equal([$"{tag} 20", $"{tag} 21", $"{tag} 22"], second);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync($"/Admin/Contents?q={tag}&trang=3")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync($"/Admin/Contents?trang=0")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync($"/Admin/Contents?trang=abc")).StatusCode);
        var page = await editor.GetDocumentAsync($"/Admin/Contents?q={tag}&sort=title");
        Assert.Contains("trang=2", page.QuerySelector("[data-test=next]")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("status=bogus", "không phải là một trạng thái")]
    [InlineData("sort=size", "không phải là một cách sắp xếp")]
    [InlineData("type=Nope", "Không có loại nội dung")]
    [InlineData("from=32-13-2020", "không phải là ngày")]
    [InlineData("from=20-01-2020&to=10-01-2020", "Ngày bắt đầu nằm sau ngày kết thúc")]
    [InlineData("category=%27%3B--", "không phải là một chuyên mục")]
    public async Task BadFilter_Returns400WithAMessage(string query, string message)
    {
        var editor = await Factory.SignedInAsync("Editor");

        var (response, page) = await editor.GetPageAsync("/Admin/Contents?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, page.Text("[data-test=error]"));
    }

    [Fact]
    public async Task Author_SeesOnlyOwnItems_EditorSeesAll()
    {
        var tag = ContentSeed.Tag();
        var author = await Factory.SignedInAsync("Author", "author-" + tag);
        await Factory.CreateAsync($"{tag} của tôi", "author-" + tag);
        await Factory.CreateAsync($"{tag} của người khác", "other-" + tag);
        var editor = await Factory.SignedInAsync("Editor");

        Assert.Equal([$"{tag} của tôi"], await author.ListedAsync($"q={tag}"));
        Assert.Equal(2, (await editor.ListedAsync($"q={tag}")).Count);
    }

    [Fact]
    public async Task NewMenu_OffersCreatableTypes()
    {
        var editor = await Factory.SignedInAsync("Editor");
        var page = await editor.GetDocumentAsync("/Admin/Contents");
        Assert.NotNull(page.QuerySelector("[data-test=new-menu] a[data-type=Page]"));
        Assert.NotNull(page.QuerySelector("#admin-menu-contents"));
        Assert.Null(page.QuerySelector("#admin-menu-recycle-bin"));
    }
}

public sealed class SqliteContentListPageTests(EditorSiteFixture site) : ContentListPageTests(site.Factory), IClassFixture<EditorSiteFixture>;

public sealed class PostgresContentListPageTests(PostgresEditorSiteFixture site) : ContentListPageTests(site.Factory), IClassFixture<PostgresEditorSiteFixture>;

public sealed class PostgresEditorSiteFixture : IAsyncLifetime
{
    public UstaAppFactory Factory { get; } = new(TestDatabase.Postgres());

    public Task InitializeAsync()
    {
        Factory.CreateClient().Dispose();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
