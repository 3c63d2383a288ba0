using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Usta.AuditTrail;
using Usta.AuditTrail.Records;
using UstaOrchard.Core.Audit;
using UstaOrchard.IntegrationTests.Contents.Admin;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.AuditTrail;

/// <summary>The list page: its filters, its pages, the link to a recorded version, its bad input and who may see it.</summary>
public sealed class AuditTrailListTests(EditorSiteFixture site) : IClassFixture<EditorSiteFixture>
{
    private UstaAppFactory Factory => site.Factory;

    // Asia/Ho_Chi_Minh is UTC+7 all year.
    private static readonly DateTime Day = new DateTime(DateTime.UtcNow.Year, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(-100);
    private static string LocalDay(DateTime utcDay) => utcDay.ToString("dd-MM-yyyy");

    private static AuditEventRecord Row(DateTime utc, string category, string name, string? user, string? item = null, string? subject = null) => new()
    {
        Utc = utc, Category = category, Name = name, UserName = user, ContentItemId = item, Subject = subject,
        ContentItemVersionId = item is null ? null : "v" + item, ContentType = item is null ? null : "Page",
    };

    private static async Task<IReadOnlyList<string>> SubjectsAsync(HttpClient client, string query)
        => (await client.GetDocumentAsync("/Admin/AuditTrail?" + query)).Texts("#audit-events [data-test=subject]");

    [Fact]
    public async Task Filters_ByUserEventItemAndDays_InTheSiteTimeZone()
    {
        var tag = ContentSeed.Tag();
        string alice = "alice-" + tag, bob = "bob-" + tag, item = "item" + tag;
        // 23:30 local on the day (16:30 UTC), and 00:30 local the next day (17:30 UTC the same UTC day).
        var lateOnTheDay = Day.AddHours(16.5);
        var earlyNextDay = Day.AddHours(17.5);
        await AuditRows.AddAsync(Factory.Services,
        [
            Row(Day.AddHours(-30), AuditEvents.SignIn, AuditEvents.SignedIn, alice, subject: "a1 " + tag),
            Row(lateOnTheDay, AuditEvents.Content, AuditEvents.ContentPublished, alice, item, "a2 " + tag),
            Row(earlyNextDay, AuditEvents.Content, AuditEvents.ContentSaved, bob, item, "b1 " + tag),
            Row(earlyNextDay.AddHours(1), AuditEvents.SignIn, AuditEvents.SignInFailed, bob, subject: "b2 " + tag),
        ]);
        var admin = await Factory.SignedInAsync("Administrator");

        Assert.Equal(["a2 " + tag, "a1 " + tag], await SubjectsAsync(admin, "user=" + alice));
        Assert.Equal(["b1 " + tag, "a2 " + tag], await SubjectsAsync(admin, "item=" + item));
        Assert.Equal(["b2 " + tag], await SubjectsAsync(admin, $"event=SignIn.SignInFailed&user={bob}"));
        var local = Day.AddHours(7);
        Assert.Equal(["a2 " + tag], await SubjectsAsync(admin, $"item={item}&from={LocalDay(local)}&to={LocalDay(local)}"));
        Assert.Equal(["b2 " + tag, "b1 " + tag], await SubjectsAsync(admin, $"user={bob}&from={LocalDay(local.AddDays(1))}"));
        Assert.Equal(["a1 " + tag], await SubjectsAsync(admin, $"user={alice}&to={LocalDay(local.AddDays(-1))}"));
        // The event column says it in Vietnamese; the filter keeps what was chosen.
        var page = await admin.GetDocumentAsync($"/Admin/AuditTrail?event=SignIn.SignInFailed&user={bob}");
        Assert.Equal("Đăng nhập thất bại", page.Text("#audit-events [data-test=event]"));
        Assert.Equal("SignIn.SignInFailed", page.QuerySelector("#filter-event option[selected]")?.GetAttribute("value"));
        Assert.Equal(bob, page.QuerySelector("#filter-user")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Pages_GoOlderAndNewer_WithoutRepeatingOrSkippingRows()
    {
        var tag = ContentSeed.Tag();
        var user = "pager-" + tag;
        // 120 rows, three at each instant (a page of 50 ends inside one): the id breaks the tie.
        await AuditRows.AddAsync(Factory.Services, Enumerable.Range(0, 120)
            .Select(i => Row(Day.AddMinutes(i / 3), AuditEvents.User, AuditEvents.UserUpdated, user, subject: i.ToString("000"))));
        var admin = await Factory.SignedInAsync("Administrator");
        var expected = Enumerable.Range(0, 120).Select(i => i.ToString("000")).Reverse().ToList();

        var first = await admin.GetDocumentAsync("/Admin/AuditTrail?user=" + user);
        Assert.Null(first.QuerySelector("[data-test=newer]"));
        var second = await admin.GetDocumentAsync(first.QuerySelector("[data-test=older]")!.GetAttribute("href")!);
        var third = await admin.GetDocumentAsync(second.QuerySelector("[data-test=older]")!.GetAttribute("href")!);
        Assert.Null(third.QuerySelector("[data-test=older]"));
        var seen = new[] { first, second, third }.SelectMany(p => p.Texts("#audit-events [data-test=subject]")).ToList();
        Assert.Equal(expected, seen);

        var back = await admin.GetDocumentAsync(third.QuerySelector("[data-test=newer]")!.GetAttribute("href")!);
        Assert.Equal(second.Texts("#audit-events [data-test=subject]"), back.Texts("#audit-events [data-test=subject]"));
        var top = await admin.GetDocumentAsync(back.QuerySelector("[data-test=newer]")!.GetAttribute("href")!);
        Assert.Equal(expected.Take(50), top.Texts("#audit-events [data-test=subject]"));
        Assert.Null(top.QuerySelector("[data-test=newer]"));
    }

    [Fact]
    public async Task AContentEvent_LinksToTheVersionItRecorded()
    {
        var tag = ContentSeed.Tag();
        var item = await Factory.CreateAsync("Bản đầu " + tag, "someone", publish: true);
        var draft = await Factory.SaveDraftAsync(item.ContentItemId, "Bản sau " + tag);
        var admin = await Factory.SignedInAsync("Administrator");

        var page = await admin.GetDocumentAsync($"/Admin/AuditTrail?item={item.ContentItemId}&event=Content.Published");
        var link = page.QuerySelector("#audit-events [data-test=version-link]")!.GetAttribute("href")!;
        Assert.Equal($"/Admin/Contents/Versions/{item.ContentItemId}/{item.ContentItemVersionId}", link);
        var version = await admin.GetDocumentAsync(link);
        Assert.Contains("Bản đầu " + tag, version.Body!.TextContent);
        var saved = await admin.GetDocumentAsync($"/Admin/AuditTrail?item={item.ContentItemId}&event=Content.Saved");
        Assert.Equal($"/Admin/Contents/Versions/{item.ContentItemId}/{draft.ContentItemVersionId}",
            saved.QuerySelector("#audit-events [data-test=version-link]")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("from=31-02-2026", "Ngày bắt đầu không phải là ngày hợp lệ (dd-MM-yyyy).")]
    [InlineData("to=9999-12-31", "Ngày kết thúc không phải là ngày hợp lệ (dd-MM-yyyy).")]
    [InlineData("from=02-01-2026&to=01-01-2026", "Ngày bắt đầu nằm sau ngày kết thúc.")]
    [InlineData("event=Content.Nope", "Hãy chọn một sự kiện trong danh sách.")]
    [InlineData("before=abc", "Liên kết trang này không hợp lệ; hãy bắt đầu từ trang đầu.")]
    [InlineData("after=-5", "Liên kết trang này không hợp lệ; hãy bắt đầu từ trang đầu.")]
    public async Task BadInput_IsAVietnameseMessage_Not500(string query, string message)
    {
        var admin = await Factory.SignedInAsync("Administrator");
        var page = await admin.GetDocumentAsync("/Admin/AuditTrail?" + query, HttpStatusCode.BadRequest);
        Assert.Equal(message, page.Text("[data-test=error]"));
    }

    [Fact]
    public async Task OnlyThoseWithViewAuditTrail_SeeTheListAndItsMenuEntry()
    {
        var tag = ContentSeed.Tag();
        string viewers = "Xem-" + tag, panelOnly = "Vao-" + tag;
        await Factory.InScopeAsync(async sp =>
        {
            var roles = sp.GetRequiredService<RoleManager<IdentityRole>>();
            foreach (var (name, permissions) in new[] { (viewers, new[] { Usta.Users.Permissions.AccessAdminPanel, AuditTrailPermissions.ViewAuditTrail }),
                         (panelOnly, new[] { Usta.Users.Permissions.AccessAdminPanel }) })
            {
                var role = new IdentityRole(name);
                await roles.CreateAsync(role);
                foreach (var p in permissions) await roles.AddClaimAsync(role, new Claim(Usta.Users.Permissions.ClaimType, p));
            }
            return true;
        });

        var viewer = await Factory.SignedInAsync(viewers);
        var page = await viewer.GetDocumentAsync("/Admin/AuditTrail");
        Assert.NotNull(page.GetElementById("admin-menu-audit-trail"));
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync("/Admin/Settings/AuditTrail")).StatusCode);

        var other = await Factory.SignedInAsync(panelOnly);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync("/Admin/AuditTrail")).StatusCode);
        Assert.Null((await other.GetDocumentAsync("/Admin")).GetElementById("admin-menu-audit-trail"));
    }
}
