using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Usta.Users;
using UstaOrchard.Core.Audit;
using UstaOrchard.IntegrationTests.Infrastructure;
using static UstaOrchard.IntegrationTests.Users.TwoFactor.TwoFactorSite;

namespace UstaOrchard.IntegrationTests.Users.TwoFactor;

public sealed class TwoFactorSignInTests(TwoFactorSite site) : IClassFixture<TwoFactorSite>
{
    private static string NewName(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task Enrolment_ShowsKeyAndQrCode_RefusesAWrongCode_AndTurnsOnWithTheAppsCode()
    {
        var name = NewName("bat-2fa");
        var client = await site.Factory.SignInAsync(site.Factory.CreateBrowser(), "Administrator", name);
        var page = await client.GetDocumentAsync(TwoFactorPath);
        var key = page.Text("#two-factor-key");
        Assert.Matches("^([a-z2-7]{4} )+[a-z2-7]{1,4}$", key);

        var qr = await client.GetAsync(page.QuerySelector("#two-factor-qr")!.GetAttribute("src"));
        Assert.Equal(HttpStatusCode.OK, qr.StatusCode);
        Assert.Equal("image/png", qr.Content.Headers.ContentType?.MediaType);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], (await qr.Content.ReadAsByteArrayAsync())[..4]);

        var wrong = await client.SubmitAsync(page, "enable-form", new Dictionary<string, string> { ["Code"] = Totp.Wrong(key) }, TwoFactorPath);
        var refused = await wrong.ReadDocumentAsync();
        Assert.Equal("Mã không đúng. Hãy kiểm tra giờ trên điện thoại và nhập mã ứng dụng đang hiện.", refused.Text("#code-error"));
        Assert.Equal(key, refused.Text("#two-factor-key"));
        Assert.False(await TwoFactorOnAsync(name));

        var done = await client.SubmitAsync(refused, "enable-form", new Dictionary<string, string> { ["Code"] = Totp.Now(key) }, TwoFactorPath);
        var shown = await done.ReadDocumentAsync();
        var codes = shown.Texts("#recovery-codes li code");
        Assert.Equal(10, codes.Distinct().Count());
        Assert.True(await TwoFactorOnAsync(name));
        // The session that turned it on goes on (its stamp was renewed), and the codes are not shown again.
        var again = await client.GetDocumentAsync(TwoFactorPath);
        Assert.Empty(again.Texts("#recovery-codes li code"));
        Assert.Equal("Số mã khôi phục còn lại: 10", again.Texts("p").First(t => t.StartsWith("Số mã")));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(TwoFactorPath + "?handler=Qr")).StatusCode);
        Assert.Equal([AuditEvents.SignedIn, AuditEvents.TwoFactorEnabled], site.EventsOf(name));
    }

    [Fact]
    public async Task SignIn_AsksForTheCode_RefusesAWrongOne_AndLetsInWithTheRightOne()
    {
        var name = NewName("dang-nhap-2fa");
        var (key, _) = await EnrolAsync(await site.Factory.SignInAsync(site.Factory.CreateBrowser(), "Editor", name));

        var client = site.Factory.CreateBrowser();
        var first = await PasswordAsync(client, name, returnUrl: "/Admin/Contents");
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal("/dang-nhap/xac-thuc?ReturnUrl=%2FAdmin%2FContents", Location(first));
        // The password alone is not a session.
        Assert.StartsWith("/dang-nhap?ReturnUrl=", Location(await client.GetAsync("/Admin/Contents")));

        var wrong = await CodeAsync(client, Totp.Wrong(key), Location(first)!);
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Equal(WrongCodeMessage, (await wrong.ReadDocumentAsync()).Text("[data-test=login-errors] li"));

        var right = await CodeAsync(client, Totp.Now(key), Location(first)!);
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal("/Admin/Contents", Location(right));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Admin/Contents")).StatusCode);
        Assert.Equal([AuditEvents.SignedIn, AuditEvents.TwoFactorEnabled, AuditEvents.SignInFailed, AuditEvents.SignedIn], site.EventsOf(name));
    }

    [Fact]
    public async Task ReturnUrlOffTheSite_LandsOnTheAdmin()
    {
        var name = NewName("chuyen-huong");
        var (key, _) = await EnrolAsync(await site.Factory.SignInAsync(site.Factory.CreateBrowser(), "Editor", name));
        var client = site.Factory.CreateBrowser();
        await PasswordAsync(client, name);

        var response = await CodeAsync(client, Totp.Now(key), "/dang-nhap/xac-thuc?ReturnUrl=" + Uri.EscapeDataString("https://evil.example/x"));
        Assert.Equal("/Admin", Location(response));
    }

    [Fact]
    public async Task RememberedDevice_IsNotAskedAgain_UntilTheUsersStampChanges()
    {
        var name = NewName("nho-thiet-bi");
        var (key, _) = await EnrolAsync(await site.Factory.SignInAsync(site.Factory.CreateBrowser(), "Editor", name));
        var client = site.Factory.CreateBrowser();
        await PasswordAsync(client, name);
        var step = await client.GetDocumentAsync("/dang-nhap/xac-thuc?ReturnUrl=%2FAdmin");
        var signedIn = await client.SubmitAsync(step, "two-factor-form", new Dictionary<string, string>
        {
            ["Input.Code"] = Totp.Now(key),
            ["Input.RememberDevice"] = "true",
        }, "/dang-nhap/xac-thuc?ReturnUrl=%2FAdmin");
        Assert.Equal("/Admin", Location(signedIn));
        var logout = await client.GetDocumentAsync("/dang-xuat");
        await client.SubmitAsync(logout, "logout-form", new Dictionary<string, string>(), "/dang-xuat");

        Assert.Equal("/Admin", Location(await PasswordAsync(client, name)));
        await client.SubmitAsync(await client.GetDocumentAsync("/dang-xuat"), "logout-form", new Dictionary<string, string>(), "/dang-xuat");

        // A new password, or signing out everywhere, forgets every remembered device.
        await site.Factory.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<UstaUser>>();
            return (await users.UpdateSecurityStampAsync((await users.FindByNameAsync(name))!)).Succeeded;
        });
        Assert.StartsWith("/dang-nhap/xac-thuc", Location(await PasswordAsync(client, name)));
    }

    [Fact]
    public async Task RecoveryCode_WorksOnce()
    {
        var name = NewName("ma-khoi-phuc");
        var (_, codes) = await EnrolAsync(await site.Factory.SignInAsync(site.Factory.CreateBrowser(), "Editor", name));

        var client = site.Factory.CreateBrowser();
        await PasswordAsync(client, name);
        // As a person might type it: lower case, the dash left out.
        var used = await CodeAsync(client, codes[3].Replace("-", "").ToLowerInvariant());
        Assert.Equal("/Admin", Location(used));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Admin")).StatusCode);

        var other = site.Factory.CreateBrowser();
        await PasswordAsync(other, name);
        var again = await CodeAsync(other, codes[3]);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(WrongCodeMessage, (await again.ReadDocumentAsync()).Text("[data-test=login-errors] li"));
        Assert.Equal(HttpStatusCode.Redirect, (await other.GetAsync("/Admin")).StatusCode);
        Assert.Equal("Số mã khôi phục còn lại: 9", (await client.GetDocumentAsync(TwoFactorPath)).Texts("p").First(t => t.StartsWith("Số mã")));
        Assert.Single(site.EventsOf(name), AuditEvents.RecoveryCodeUsed);
    }

    [Fact]
    public async Task WrongCode_AndNoPendingSignIn_GetTheSameMessage()
    {
        var stranger = await CodeAsync(site.Factory.CreateBrowser(), "123456");
        Assert.Equal(HttpStatusCode.OK, stranger.StatusCode);
        Assert.Equal(WrongCodeMessage, (await stranger.ReadDocumentAsync()).Text("[data-test=login-errors] li"));

        var name = NewName("ma-sai");
        var (key, _) = await EnrolAsync(await site.Factory.SignInAsync(site.Factory.CreateBrowser(), "Editor", name));
        var client = site.Factory.CreateBrowser();
        await PasswordAsync(client, name);
        var wrong = await CodeAsync(client, Totp.Wrong(key));
        Assert.Equal(WrongCodeMessage, (await wrong.ReadDocumentAsync()).Text("[data-test=login-errors] li"));
    }

    [Fact]
    public async Task WrongCodes_LockTheAccount_AndTheRightCodeIsThenRefusedAlike()
    {
        var name = NewName("khoa-2fa");
        var (key, _) = await EnrolAsync(await site.Factory.SignInAsync(site.Factory.CreateBrowser(), "Editor", name));
        var client = site.Factory.CreateBrowser();
        await PasswordAsync(client, name);
        for (var i = 0; i < 5; i++) await CodeAsync(client, Totp.Wrong(key));

        var locked = await CodeAsync(client, Totp.Now(key));
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Equal(WrongCodeMessage, (await locked.ReadDocumentAsync()).Text("[data-test=login-errors] li"));
        Assert.Single(site.EventsOf(name), AuditEvents.LockedOut);
        Assert.Equal(6, site.EventsOf(name).Count(e => e == AuditEvents.SignInFailed));
    }

    [Fact]
    public async Task WrongRecoveryCodes_CountTowardsTheLockout()
    {
        var name = NewName("khoa-ma-khoi-phuc");
        var (_, codes) = await EnrolAsync(await site.Factory.SignInAsync(site.Factory.CreateBrowser(), "Editor", name));
        var client = site.Factory.CreateBrowser();
        await PasswordAsync(client, name);
        for (var i = 0; i < 5; i++) await CodeAsync(client, "BBBBB-BBBBB");

        var locked = await CodeAsync(client, codes[0]);
        Assert.Equal(WrongCodeMessage, (await locked.ReadDocumentAsync()).Text("[data-test=login-errors] li"));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/Admin")).StatusCode);
        Assert.Single(site.EventsOf(name), AuditEvents.LockedOut);
    }

    [Fact]
    public async Task NewRecoveryCodes_ReplaceTheOldOnes()
    {
        var name = NewName("ma-moi");
        var client = await site.Factory.SignInAsync(site.Factory.CreateBrowser(), "Editor", name);
        var (_, old) = await EnrolAsync(client);
        var page = await client.GetDocumentAsync(TwoFactorPath);
        var made = await (await client.SubmitAsync(page, "recovery-codes-form", new Dictionary<string, string>(), TwoFactorPath)).ReadDocumentAsync();
        var codes = made.Texts("#recovery-codes li code");
        Assert.Equal(10, codes.Count);
        Assert.Empty(codes.Intersect(old));

        var other = site.Factory.CreateBrowser();
        await PasswordAsync(other, name);
        Assert.Equal(WrongCodeMessage, (await (await CodeAsync(other, old[0])).ReadDocumentAsync()).Text("[data-test=login-errors] li"));
        Assert.Equal("/Admin", Location(await CodeAsync(other, codes[0])));
    }

    [Fact]
    public async Task Disabling_NeedsThePasswordOrACode()
    {
        var name = NewName("tat-2fa");
        var client = await site.Factory.SignInAsync(site.Factory.CreateBrowser(), "Editor", name);
        var (key, _) = await EnrolAsync(client);

        var page = await client.GetDocumentAsync(TwoFactorPath);
        var wrong = await client.SubmitAsync(page, "disable-form", new Dictionary<string, string> { ["Secret"] = "sai-mat-khau" }, TwoFactorPath);
        Assert.Equal("Mật khẩu hoặc mã không đúng.", (await wrong.ReadDocumentAsync()).Text("#secret-error"));
        Assert.True(await TwoFactorOnAsync(name));

        var off = await client.SubmitAsync(page, "disable-form", new Dictionary<string, string> { ["Secret"] = Totp.Now(key) }, TwoFactorPath);
        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        Assert.False(await TwoFactorOnAsync(name));
        Assert.Equal("Đã tắt xác thực hai bước.", (await client.GetDocumentAsync(TwoFactorPath)).Text("#two-factor-status"));

        // Without two-step verification the password alone signs in again.
        Assert.Equal("/Admin", Location(await PasswordAsync(site.Factory.CreateBrowser(), name)));
        Assert.Single(site.EventsOf(name), AuditEvents.TwoFactorDisabled);
    }

    [Fact]
    public async Task SignInEvents_AreRecordedOnceEach_WithTheRightUser()
    {
        var name = NewName("nhat-ky");
        await site.CreateUserAsync(name, "Editor");
        var client = site.Factory.CreateBrowser();
        await PasswordAsync(client, name, "sai-mat-khau");
        await PasswordAsync(client, name);
        var logout = await client.GetDocumentAsync("/dang-xuat");
        await client.SubmitAsync(logout, "logout-form", new Dictionary<string, string>(), "/dang-xuat");

        var missing = NewName("khong-co");
        await PasswordAsync(site.Factory.CreateBrowser(), missing);

        Assert.Equal([AuditEvents.SignInFailed, AuditEvents.SignedIn, AuditEvents.SignedOut], site.EventsOf(name));
        Assert.Equal([AuditEvents.SignInFailed], site.EventsOf(missing));
        Assert.All(site.Audit.Where(e => e.UserName == name || e.UserName == missing), e => Assert.Equal(AuditEvents.SignIn, e.Category));
    }

    private Task<bool> TwoFactorOnAsync(string userName) => site.Factory.InScopeAsync(async sp =>
        (await sp.GetRequiredService<UserManager<UstaUser>>().FindByNameAsync(userName))!.TwoFactorEnabled);
}
