using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Usta.Users;
using UstaOrchard.Core.Settings;
using UstaOrchard.IntegrationTests.Infrastructure;
using static UstaOrchard.IntegrationTests.Users.TwoFactor.TwoFactorSite;

namespace UstaOrchard.IntegrationTests.Users.TwoFactor;

/// <summary>What a user must do before the admin opens: change an initial password; set up two-step verification where the site requires it of Administrators.</summary>
public sealed class AccountRequirementsTests(TwoFactorSite site) : IClassFixture<TwoFactorSite>, IAsyncLifetime
{
    private static string NewName(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..8];

    public Task InitializeAsync() => RequireTwoFactorAsync(true);

    public Task DisposeAsync() => Task.CompletedTask;

    private Task RequireTwoFactorAsync(bool required) => site.Factory.InScopeAsync(async sp =>
    {
        await sp.GetRequiredService<SiteService>().UpdateAsync(s =>
        {
            var section = s.Get<UserSecuritySettings>();
            section.RequireTwoFactorForAdministrators = required;
            s.Put(section);
        });
        return true;
    });

    [Fact]
    public async Task AdministratorWithoutAuthenticator_IsSentToEnrol_AndReachesTheAdminOnceEnrolled()
    {
        var client = await site.Factory.SignedInAsync("Administrator", NewName("quan-tri"));
        foreach (var url in new[] { "/Admin", "/Admin/Contents", "/Admin/Contents/Create/Page" })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal(TwoFactorPath, Location(response));
        }
        // A POST is turned back too, before its handler runs.
        var token = (await client.GetDocumentAsync(TwoFactorPath)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var post = await client.PostAsync("/Admin/Contents/Create/Page", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.Equal(TwoFactorPath, Location(post));

        await EnrolAsync(client);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Admin/Contents")).StatusCode);

        // Required: it cannot be turned off again.
        var page = await client.GetDocumentAsync(TwoFactorPath);
        var refused = await client.SubmitAsync(page, "disable-form", new Dictionary<string, string> { ["Secret"] = SiteUsers.Password }, TwoFactorPath);
        Assert.Equal("Trang này bắt buộc quản trị viên dùng xác thực hai bước; không thể tắt.", (await refused.ReadDocumentAsync()).Text("#secret-error"));
    }

    [Fact]
    public async Task Editor_IsNotAskedToEnrol()
    {
        var client = await site.Factory.SignedInAsync("Editor", NewName("bien-tap"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Admin/Contents")).StatusCode);
    }

    [Fact]
    public async Task MustChangePassword_SendsEveryOtherAdminPageToThePasswordPage_UntilChanged()
    {
        var name = NewName("doi-mat-khau");
        await site.CreateUserAsync(name, "Editor", u => u.MustChangePassword = true);
        var client = site.Factory.CreateBrowser();
        Assert.Equal("/Admin", Location(await PasswordAsync(client, name)));
        foreach (var url in new[] { "/Admin", "/Admin/Contents", TwoFactorPath })
            Assert.Equal("/Admin/Account/Password", Location(await client.GetAsync(url)));

        await site.Factory.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<UstaUser>>();
            var user = (await users.FindByNameAsync(name))!;
            user.MustChangePassword = false;
            return (await users.UpdateAsync(user)).Succeeded;
        });
        // Read on the next request: the same session now opens the admin.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Admin/Contents")).StatusCode);
    }

    [Fact]
    public async Task MustChangePassword_RefusesTheMediaUpload_WithAMessage()
    {
        var name = NewName("tai-len");
        await site.CreateUserAsync(name, "Editor", u => u.MustChangePassword = true);
        var client = site.Factory.CreateBrowser();
        await PasswordAsync(client, name);

        var response = await UploadAsync(client, "/Admin/Account/Password");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Hãy tự chọn mật khẩu của bạn trước khi dùng trang quản trị.", await ErrorAsync(response));
    }

    [Fact]
    public async Task AdministratorWithoutAuthenticator_IsRefusedTheMediaUpload_WithAMessage()
    {
        var client = await site.Factory.SignedInAsync("Administrator", NewName("quan-tri"));

        var response = await UploadAsync(client, TwoFactorPath);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Hãy thiết lập xác thực hai bước trước khi dùng trang quản trị.", await ErrorAsync(response));
    }

    /// <summary>What the media library's script sends, with a valid token taken from the page the user can open.</summary>
    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string pageWithAForm)
    {
        var token = (await client.GetDocumentAsync(pageWithAForm)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var image = new ByteArrayContent(Media.MediaRequests.Png());
        image.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("image/png");
        var request = new HttpRequestMessage(HttpMethod.Post, "/Admin/Media/Upload?folder=") { Content = new MultipartFormDataContent { { image, "file", "anh.png" } } };
        request.Headers.Add("RequestVerificationToken", token);
        return await client.SendAsync(request);
    }

    private static async Task<string?> ErrorAsync(HttpResponseMessage response)
        => JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString();
}
