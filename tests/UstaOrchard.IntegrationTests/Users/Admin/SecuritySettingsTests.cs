using System.Net;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Users.Admin;

[Collection(UsersAdminCollection.Name)]
public sealed class SecuritySettingsTests(UsersAdminFixture site)
{
    private const string Url = "/Admin/Settings/Security";

    private static Task<HttpResponseMessage> SaveAsync(HttpClient admin, string length, bool refuseCommon = true)
        => UsersAdminFixture.PostFormAsync(admin, Url, "security-settings-form",
            ("Input.MinimumPasswordLength", length), ("Input.RefuseCommonPasswords", refuseCommon ? "true" : "false"));

    [Theory]
    [InlineData("7", "Độ dài tối thiểu phải là số nguyên từ 8 đến 128.")]
    [InlineData("129", "Độ dài tối thiểu phải là số nguyên từ 8 đến 128.")]
    [InlineData("abc", "Độ dài tối thiểu phải là số nguyên từ 8 đến 128.")]
    [InlineData("99999999999999999999", "Độ dài tối thiểu phải là số nguyên từ 8 đến 128.")]
    public async Task InvalidLength_IsRefusedWithAMessage(string length, string message)
    {
        var admin = await site.AdminAsync();
        var response = await SaveAsync(admin, length);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, (await response.ReadDocumentAsync()).Text("[data-test=length-error]"));
    }

    [Fact]
    public async Task ChangedRules_CountForTheNextPassword()
    {
        var admin = await site.AdminAsync();
        var page = await admin.GetDocumentAsync(Url);
        Assert.Equal("/Admin/Settings/Security", page.QuerySelector("a#admin-menu-security")?.GetAttribute("href"));
        try
        {
            Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(admin, "12", refuseCommon: false)).StatusCode);
            Assert.Equal("12", (await admin.GetDocumentAsync(Url)).QuerySelector("#min-length")!.GetAttribute("value"));

            var name = UsersAdminFixture.NewName("dai-12");
            var tooShort = await UsersAdminFixture.PostFormAsync(admin, "/Admin/Users/Create", "create-user-form",
                ("Input.UserName", name), ("Input.Mode", "password"), ("Input.Password", "Mot-hai-3!"), ("Input.ConfirmPassword", "Mot-hai-3!"));
            Assert.Equal("Mật khẩu phải dài ít nhất 12 ký tự.", (await tooShort.ReadDocumentAsync()).Text("[data-valmsg-for='Input.Password']"));

            var common = await UsersAdminFixture.PostFormAsync(admin, "/Admin/Users/Create", "create-user-form",
                ("Input.UserName", name), ("Input.Mode", "password"), ("Input.Password", "Admin@123456"), ("Input.ConfirmPassword", "Admin@123456"));
            Assert.Equal(HttpStatusCode.Redirect, common.StatusCode);
        }
        finally
        {
            Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(admin, "10")).StatusCode);
        }
    }
}
