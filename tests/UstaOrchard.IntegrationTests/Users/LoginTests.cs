using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Usta.Users;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Users;

public class LoginTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    internal const string WrongLoginMessage = "Tên đăng nhập hoặc mật khẩu không đúng. Sau 5 lần đăng nhập sai, tài khoản bị tạm khóa 15 phút.";

    private static async Task<HttpResponseMessage> LogInAsync(HttpClient client, string userName, string password, string returnUrl = "/Admin")
    {
        var url = "/dang-nhap?ReturnUrl=" + Uri.EscapeDataString(returnUrl);
        var page = await client.GetDocumentAsync(url);
        return await client.SubmitAsync(page, "login-form", new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        }, url);
    }

    private Task CreateUserAsync(string userName, string password, params string[] roles) => site.Factory.InScopeAsync(async sp =>
    {
        var users = sp.GetRequiredService<UserManager<UstaUser>>();
        var user = new UstaUser { UserName = userName };
        Assert.True((await users.CreateAsync(user, password)).Succeeded);
        if (roles.Length > 0) await users.AddToRolesAsync(user, roles);
        return true;
    });

    [Fact]
    public async Task Admin_AnonymousUser_IsSentToTheLoginPage()
    {
        var response = await site.Factory.CreateBrowser().GetAsync("/Admin");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/dang-nhap?ReturnUrl=%2FAdmin", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Administrator_LogsIn_AndSeesTheDashboard()
    {
        var client = site.Factory.CreateBrowser();
        var response = await LogInAsync(client, TestAccounts.AdminUserName, TestAccounts.AdminPassword);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Admin", response.Headers.Location!.OriginalString);
        var dashboard = await client.GetDocumentAsync("/Admin");
        Assert.Equal("Bảng điều khiển", dashboard.Text("[data-test=dashboard-title]"));
        Assert.Equal("Tin bài", dashboard.Text("[data-test=content-counts] tr[data-type=Article] td"));
    }

    [Fact]
    public async Task SignedInUserWithoutPermission_Gets403()
    {
        await CreateUserAsync("ban-doc-1", "Ban-doc-2021!");
        var client = site.Factory.CreateBrowser();
        await LogInAsync(client, "ban-doc-1", "Ban-doc-2021!");

        var response = await client.GetAsync("/Admin");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Không có quyền truy cập", (await response.ReadDocumentAsync()).Text("h1"));
    }

    [Fact]
    public async Task Editor_WithTheAdminPermission_IsLetIn()
    {
        await CreateUserAsync("bien-tap-1", "Bien-tap-2021!", "Editor");
        var client = site.Factory.CreateBrowser();
        await LogInAsync(client, "bien-tap-1", "Bien-tap-2021!");
        await client.GetDocumentAsync("/Admin");
    }

    [Fact]
    public async Task WrongPassword_ReShowsTheFormWithAMessage()
    {
        site.Factory.Logs.Expect(e => e.Message.StartsWith("Failed login for nguoi-la"));
        var response = await LogInAsync(site.Factory.CreateBrowser(), "nguoi-la", "sai-mat-khau");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        Assert.Equal(WrongLoginMessage, page.Text("[data-test=login-errors] li"));
        Assert.Equal("nguoi-la", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#username")!.Value);
        Assert.Equal("", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#password")!.Value);
    }

    [Fact]
    public async Task EmptyForm_NamesEachMissingField()
    {
        var response = await LogInAsync(site.Factory.CreateBrowser(), "", "");
        var page = await response.ReadDocumentAsync();
        Assert.Equal(["Hãy nhập tên đăng nhập.", "Hãy nhập mật khẩu."], page.Texts(".field-error").Where(t => t.Length > 0));
    }

    [Fact]
    public async Task RememberMeThatIsNotABoolean_IsNamedNextToTheCheckbox_AndNobodySignsIn()
    {
        var client = site.Factory.CreateBrowser();
        var page = await client.GetDocumentAsync("/dang-nhap");
        var response = await client.SubmitAsync(page, "login-form", new Dictionary<string, string>
        {
            ["Input.UserName"] = TestAccounts.AdminUserName,
            ["Input.Password"] = TestAccounts.AdminPassword,
            ["Input.RememberMe"] = "maybe",
        }, "/dang-nhap");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var form = await response.ReadDocumentAsync();
        Assert.Equal("'maybe' không phải giá trị hợp lệ.", form.Text("[data-valmsg-for='Input.RememberMe']"));
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("usta.auth"));
    }

    [Fact]
    public async Task WrongPasswordFiveTimes_LocksTheAccount()
    {
        await CreateUserAsync("khoa-tai-khoan", "Dung-mat-khau-1!", "Editor");
        site.Factory.Logs.Expect(e => e.Message.Contains("khoa-tai-khoan"));
        var client = site.Factory.CreateBrowser();

        for (var i = 0; i < 5; i++) await LogInAsync(client, "khoa-tai-khoan", "sai-mat-khau");
        var response = await LogInAsync(client, "khoa-tai-khoan", "Dung-mat-khau-1!");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        Assert.Equal(WrongLoginMessage, page.Text("[data-test=login-errors] li"));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/Admin")).StatusCode);
    }

    [Fact]
    public async Task LockoutThreshold_ComesFromConfiguration()
    {
        await using var factory = new UstaAppFactory(TestDatabase.Sqlite(), settings: new Dictionary<string, string?> { ["Users:MaxFailedAccessAttempts"] = "2" });
        factory.Logs.Expect(e => e.Message.Contains(TestAccounts.AdminUserName));
        var client = factory.CreateBrowser();

        for (var i = 0; i < 2; i++) await LogInAsync(client, TestAccounts.AdminUserName, "sai-mat-khau");
        var page = await (await LogInAsync(client, TestAccounts.AdminUserName, TestAccounts.AdminPassword)).ReadDocumentAsync();

        Assert.Equal("Tên đăng nhập hoặc mật khẩu không đúng. Sau 2 lần đăng nhập sai, tài khoản bị tạm khóa 15 phút.",
            page.Text("[data-test=login-errors] li"));
    }

    [Fact]
    public async Task LoginForm_WithoutAntiforgeryToken_IsRefused()
    {
        var response = await site.Factory.CreateBrowser().PostAsync("/dang-nhap", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = TestAccounts.AdminUserName,
            ["Input.Password"] = TestAccounts.AdminPassword,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ForeignReturnUrl_IsIgnored()
    {
        var response = await LogInAsync(site.Factory.CreateBrowser(), TestAccounts.AdminUserName, TestAccounts.AdminPassword, "https://evil.example/");
        Assert.Equal("/Admin", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task TooManyLoginsFromOneAddress_Get429WithAVietnamesePage()
    {
        await using var factory = new UstaAppFactory(TestDatabase.Sqlite(), settings: new Dictionary<string, string?> { ["Users:LoginRateLimit:PermitLimit"] = "2" });
        factory.Logs.Expect(e => e.Message.StartsWith("Failed login for ai-do") || e.Message.StartsWith("Too many login attempts"));
        var client = factory.CreateBrowser();

        for (var i = 0; i < 2; i++) Assert.Equal(HttpStatusCode.OK, (await LogInAsync(client, "ai-do", "sai-mat-khau")).StatusCode);
        var refused = await LogInAsync(client, TestAccounts.AdminUserName, TestAccounts.AdminPassword);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(refused.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, 60);
        Assert.Equal("vi", (await refused.ReadDocumentAsync()).DocumentElement.GetAttribute("lang"));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/Admin")).StatusCode);
    }

    [Fact]
    public async Task LoginForm_EveryLabelTargetsItsField_AndClientMessagesAreVietnamese()
    {
        var form = (await site.Factory.CreateBrowser().GetDocumentAsync("/dang-nhap")).GetElementById("login-form")!;
        var ids = form.QuerySelectorAll("input[id]").Select(i => i.Id).ToHashSet();

        var labels = form.QuerySelectorAll("label").ToList();
        Assert.Equal(3, labels.Count);
        Assert.All(labels, label => Assert.Contains(label.GetAttribute("for"), ids));

        var vietnamese = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(Path.Combine(Paths.RepositoryRoot, "modules", "Usta.Users", "Strings", "vi-VN.json")))!.Values.ToHashSet();
        var messages = form.QuerySelectorAll("[data-val=true]").SelectMany(e => e.Attributes)
            .Where(a => a.Name.StartsWith("data-val-") && a.Name.Count(c => c == '-') == 2).Select(a => a.Value).ToList();
        Assert.NotEmpty(messages);
        Assert.All(messages, m => Assert.Contains(m, vietnamese));
    }
}
