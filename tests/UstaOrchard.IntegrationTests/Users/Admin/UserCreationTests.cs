using System.Net;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Usta.Users;
using Usta.Users.Administration;
using UstaOrchard.Core.Audit;
using UstaOrchard.Core.Settings;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Users.Admin;

[Collection(UsersAdminCollection.Name)]
public sealed class UserCreationTests(UsersAdminFixture site)
{
    private const string BaseUrl = "https://hoi-thu-vien.example.org";

    private static Task<HttpResponseMessage> CreateAsync(HttpClient admin, string name, string mode, string? password = null, params string[] roles)
    {
        var fields = new List<(string, string)> { ("Input.UserName", name), ("Input.DisplayName", "Lê Văn Tám"), ("Input.Mode", mode) };
        if (password is not null) fields.AddRange([("Input.Password", password), ("Input.ConfirmPassword", password)]);
        fields.AddRange(roles.Select(r => ("Input.Roles", r)));
        return UsersAdminFixture.PostFormAsync(admin, "/Admin/Users/Create", "create-user-form", [.. fields]);
    }

    [Fact]
    public async Task InitialPassword_UserMustChangeIt()
    {
        var name = UsersAdminFixture.NewName("moi");
        var admin = await site.AdminAsync();

        var response = await CreateAsync(admin, name, "password", "Mat-khau-ban-dau-9", "Editor");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var user = await site.FindAsync(name);
        Assert.True(user.MustChangePassword);
        Assert.Equal("Lê Văn Tám", user.DisplayName);
        var created = site.Audit.Single(AuditEvents.UserCreated, name);
        Assert.Equal((TestAccounts.AdminUserName, "Editor"), (created.Actor, created.Event.Details));

        var client = site.Factory.CreateBrowser();
        Assert.Equal(HttpStatusCode.Redirect, (await UsersAdminFixture.LogInAsync(client, name, "Mat-khau-ban-dau-9")).StatusCode);
        var sent = await client.GetAsync("/Admin/Contents");
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal("/Admin/Account/Password", sent.Headers.Location!.OriginalString);
        var page = await client.GetDocumentAsync("/Admin/Account/Password");
        Assert.Equal("Mật khẩu của bạn do quản trị viên đặt: hãy chọn mật khẩu của riêng bạn trước khi tiếp tục.", page.Text("[data-test=must-change]"));

        var changed = await UsersAdminFixture.PostFormAsync(client, "/Admin/Account/Password", "password-form",
            ("Input.CurrentPassword", "Mat-khau-ban-dau-9"), ("Input.NewPassword", "Mat-khau-cua-rieng-toi-4"), ("Input.ConfirmPassword", "Mat-khau-cua-rieng-toi-4"));
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.False((await site.FindAsync(name)).MustChangePassword);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Admin/Contents")).StatusCode);
    }

    [Theory]
    [InlineData("Ngan-1!", "Mật khẩu phải dài ít nhất 10 ký tự.")]
    [InlineData("Matkhau@123", "Mật khẩu này nằm trong số những mật khẩu phổ biến nhất: hãy chọn mật khẩu khó đoán hơn.")]
    [InlineData("p@SSw0rd123", "Mật khẩu này nằm trong số những mật khẩu phổ biến nhất: hãy chọn mật khẩu khó đoán hơn.")]
    public async Task PasswordAgainstTheRules_IsRefusedWithAVietnameseMessage(string password, string message)
    {
        var name = UsersAdminFixture.NewName("quy-tac");
        var admin = await site.AdminAsync();

        var response = await CreateAsync(admin, name, "password", password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        Assert.Contains(message, page.Text("[data-valmsg-for='Input.Password']"));
        Assert.Null(await site.Factory.InScopeAsync(sp => sp.GetRequiredService<UserManager<UstaUser>>().FindByNameAsync(name)));
        Assert.Empty(site.Audit.For(AuditEvents.UserCreated, name));
    }

    [Fact]
    public async Task Invitation_LinkFromTheBaseUrl_WorksOnce()
    {
        await site.Factory.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<SiteService>().UpdateAsync(s => s.BaseUrl = BaseUrl);
            return true;
        });
        var name = UsersAdminFixture.NewName("duoc-moi");
        var admin = await site.AdminAsync();
        admin.DefaultRequestHeaders.Host = "ke-gia-mao.example";

        var response = await CreateAsync(admin, name, "invite", null, "Author");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        admin.DefaultRequestHeaders.Host = null;
        var edit = await admin.GetDocumentAsync(response.Headers.Location!.OriginalString);
        var link = edit.QuerySelector("[data-test=invitation-link]")!.GetAttribute("value")!;
        Assert.StartsWith(BaseUrl + "/tai-khoan/kich-hoat?u=", link);
        Assert.Null((await site.FindAsync(name)).PasswordHash);
        Assert.Equal(HttpStatusCode.OK, (await UsersAdminFixture.LogInAsync(site.Factory.CreateBrowser(), name, "")).StatusCode);

        var path = link[BaseUrl.Length..];
        var visitor = site.Factory.CreateBrowser();
        var form = await UsersAdminFixture.PostFormAsync(visitor, path, "activate-form",
            ("Input.NewPassword", "Mat-khau-cua-toi-5"), ("Input.ConfirmPassword", "Mat-khau-cua-toi-5"));
        Assert.Equal(HttpStatusCode.Redirect, form.StatusCode);
        Assert.Equal("Đã đặt mật khẩu. Bây giờ bạn có thể đăng nhập với tên " + name + ".",
            (await visitor.GetDocumentAsync(form.Headers.Location!.OriginalString)).Text("[data-test=activated]"));
        Assert.Equal(HttpStatusCode.Redirect, (await UsersAdminFixture.LogInAsync(site.Factory.CreateBrowser(), name, "Mat-khau-cua-toi-5")).StatusCode);
        Assert.Equal(name, site.Audit.Single(AuditEvents.UserPasswordChanged, name).Actor);

        var (again, page) = await site.Factory.CreateBrowser().GetPageAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal("Liên kết mời này không hợp lệ hoặc đã được dùng. Nếu bạn đã đặt mật khẩu, hãy đăng nhập; nếu chưa, hãy đề nghị quản trị viên gửi liên kết mới.",
            page.Text("[data-test=refusal]"));
        Assert.Null(page.GetElementById("activate-form"));
    }

    [Fact]
    public async Task ExpiredInvitation_IsRefusedWithAClearMessage()
    {
        var name = UsersAdminFixture.NewName("het-han");
        var admin = await site.AdminAsync();
        var response = await CreateAsync(admin, name, "invite");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        // A link made eight days ago, by the same keys.
        var link = await site.Factory.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<UstaUser>>();
            var old = new Invitations(users, sp.GetRequiredService<SiteUrls>(), sp.GetRequiredService<IDataProtectionProvider>(),
                new FakeTimeProvider(DateTimeOffset.UtcNow.AddDays(-8)));
            return (await old.CreateLinkAsync((await users.FindByNameAsync(name))!, CancellationToken.None)).Url;
        });
        var path = link[link.IndexOf("/tai-khoan/", StringComparison.Ordinal)..];

        var (expired, page) = await site.Factory.CreateBrowser().GetPageAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, expired.StatusCode);
        Assert.Equal("Liên kết mời này đã hết hạn (liên kết chỉ dùng được trong 7 ngày). Hãy đề nghị quản trị viên gửi liên kết mới.", page.Text("[data-test=refusal]"));
        Assert.Null(page.GetElementById("activate-form"));
        Assert.Null((await site.FindAsync(name)).PasswordHash);
    }

    [Theory]
    [InlineData("/tai-khoan/kich-hoat")]
    [InlineData("/tai-khoan/kich-hoat?u=x&t=y")]
    [InlineData("/tai-khoan/kich-hoat?u=%00&t=%%%")]
    public async Task BrokenInvitationLink_Gets400WithAMessage(string url)
    {
        var (response, page) = await site.Factory.CreateBrowser().GetPageAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("Liên kết mời này không hợp lệ", page.Text("[data-test=refusal]"));
    }
}
