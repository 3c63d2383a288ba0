using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Usta.Users;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Users.Admin;

[Collection(UsersAdminCollection.Name)]
public sealed class UsersListTests(UsersAdminFixture site)
{
    /// <summary>23 users sharing a fresh prefix (no password: quick to make), one with a display name and one with an e-mail to find.</summary>
    private async Task<string> SeedAsync()
    {
        var prefix = "ds" + Guid.NewGuid().ToString("N")[..6];
        await site.Factory.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<UstaUser>>();
            for (var i = 0; i < 23; i++)
            {
                var user = new UstaUser { UserName = $"{prefix}-{i:D2}" };
                if (i == 5) user.DisplayName = "Nguyễn Văn " + prefix.ToUpperInvariant();
                if (i == 7) user.Email = $"thu-ky.{prefix}@example.org";
                if (i == 9) user.DisplayName = "Đặng Thị Ánh " + prefix;
                Assert.True((await users.CreateAsync(user)).Succeeded);
                if (i == 3) await users.AddToRoleAsync(user, "Editor");
            }
            return true;
        });
        return prefix;
    }

    [Fact]
    public async Task Search_FindsByUserNameDisplayNameAndEmail_AndPages()
    {
        var prefix = await SeedAsync();
        var admin = await site.AdminAsync();

        var first = await admin.GetDocumentAsync("/Admin/Users?q=" + prefix);
        Assert.Equal("23 người dùng", first.Text("[data-test=user-count]"));
        Assert.Equal(20, first.QuerySelectorAll("[data-test=user]").Length);
        Assert.Equal($"{prefix}-00", first.Text("[data-test=user] th"));
        Assert.Equal("Biên tập viên", first.Text($"[data-user={prefix}-03] [data-test=roles]"));
        Assert.Contains("đã mời, chưa có mật khẩu", first.Text($"[data-user={prefix}-03] [data-test=state]"));
        var next = first.QuerySelector("[data-test=next]")!.GetAttribute("href")!;
        Assert.Equal($"/Admin/Users?q={prefix}&trang=2", next);

        var second = await admin.GetDocumentAsync(next);
        Assert.Equal([$"{prefix}-20", $"{prefix}-21", $"{prefix}-22"], second.Texts("[data-test=user] th"));
        Assert.Null(second.QuerySelector("[data-test=next]"));

        var byDisplayName = await admin.GetDocumentAsync("/Admin/Users?q=" + Uri.EscapeDataString("văn " + prefix));
        Assert.Equal([$"{prefix}-05"], byDisplayName.Texts("[data-test=user] th"));
        var byEmail = await admin.GetDocumentAsync("/Admin/Users?q=" + Uri.EscapeDataString($"THU-KY.{prefix}@"));
        Assert.Equal([$"{prefix}-07"], byEmail.Texts("[data-test=user] th"));
    }

    /// <summary>SQLite's lower() leaves "Đ" and "Á" as they are: a display name is searched through its folded key.</summary>
    [Theory]
    [InlineData("ĐẶNG THỊ ÁNH ")]
    [InlineData("đặng thị ánh ")]
    [InlineData("dang thi anh ")]
    [InlineData("Đặng Thị Ánh ")]
    public async Task Search_FindsADisplayName_WhateverItsCaseAndAccents(string name)
    {
        var prefix = await SeedAsync();
        var admin = await site.AdminAsync();

        var found = await admin.GetDocumentAsync("/Admin/Users?q=" + Uri.EscapeDataString(name + prefix));
        Assert.Equal([$"{prefix}-09"], found.Texts("[data-test=user] th"));
    }

    [Theory]
    [InlineData("?trang=abc", HttpStatusCode.NotFound, false)]
    [InlineData("?trang=0", HttpStatusCode.NotFound, false)]
    [InlineData("?trang=99999999999", HttpStatusCode.NotFound, false)]
    [InlineData("?q=khong-ai-ca&trang=2", HttpStatusCode.NotFound, false)]
    [InlineData("?q=%00abc", HttpStatusCode.BadRequest, false)]
    [InlineData("?q=%25", HttpStatusCode.OK, true)]
    [InlineData("?q=_", HttpStatusCode.OK, true)]
    [InlineData("?q='%20OR%201=1--", HttpStatusCode.OK, true)]
    [InlineData("?q=%F0%9F%98%80%E2%80%AE", HttpStatusCode.OK, true)]
    [InlineData("?q=a&q=b", HttpStatusCode.OK, false)]
    public async Task HostileQuery_IsAnsweredWithoutAnError(string query, HttpStatusCode expected, bool matchesNobody)
    {
        var admin = await site.AdminAsync();
        var (response, page) = await admin.GetPageAsync("/Admin/Users" + query);
        Assert.Equal(expected, response.StatusCode);
        if (matchesNobody) Assert.Equal("Không có người dùng nào phù hợp.", page.Text("[data-test=no-users]"));
    }

    [Fact]
    public async Task TooLongQuery_Gets400WithAMessage()
    {
        var admin = await site.AdminAsync();
        var (response, page) = await admin.GetPageAsync("/Admin/Users?q=" + new string('a', 101));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Nội dung tìm kiếm quá dài hoặc chứa ký tự không tìm được (tối đa 100 ký tự).", page.Text("[data-test=error]"));
    }

    [Fact]
    public async Task UsersEntry_IsInTheSecurityGroupOfTheMenu()
    {
        var admin = await site.AdminAsync();
        var page = await admin.GetDocumentAsync("/Admin");
        Assert.Equal("/Admin/Users", page.QuerySelector("a#admin-menu-users")?.GetAttribute("href"));
    }
}
