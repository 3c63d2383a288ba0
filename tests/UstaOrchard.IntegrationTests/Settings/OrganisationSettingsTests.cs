using System.Net;
using UstaOrchard.Core.Audit;
using UstaOrchard.Core.Settings;
using UstaOrchard.IntegrationTests.Caching;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Settings;

/// <summary>/Admin/Settings/Organisation: the footer of every public page, changed at once, validated per field.</summary>
public sealed class OrganisationSettingsTests(SettingsSiteFixture site) : IClassFixture<SettingsSiteFixture>
{
    private const string Url = "/Admin/Settings/Organisation";
    private const string Form = "settings-organisation-form";

    [Fact]
    public async Task ChangedFooterPhone_ShowsOnTheNextPublicRequest_OfACachedPage()
    {
        var reader = site.Factory.CreateBrowser();
        await reader.WarmAsync("/");
        var phone = "(0251) 38" + Random.Shared.Next(10, 99) + " " + Random.Shared.Next(100, 999);
        var admin = await site.AdministratorAsync();

        var (response, _) = await admin.PostFormAsync(Url, Form, new() { ["Input.Phone"] = phone });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (cached, html) = await reader.ReadAsync("/");
        Assert.False(cached, "the home page came from the output cache after the footer changed");
        var footerPhone = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelector("[data-test=footer-phone]");
        Assert.Contains(phone, footerPhone?.TextContent);
    }

    [Fact]
    public async Task EditorsOneALine_AreTheFootersList()
    {
        var admin = await site.AdministratorAsync();
        var tag = Guid.NewGuid().ToString("N")[..6];

        await admin.PostFormAsync(Url, Form, new() { ["Input.Editors"] = $"Nguyễn Văn A {tag}\r\n\r\n  Trần Thị Đào {tag}  \n" });

        var footer = await site.Factory.CreateBrowser().GetDocumentAsync("/");
        var editors = footer.QuerySelectorAll("[data-test=footer-editors] li").Select(li => li.TextContent).ToList();
        Assert.Equal([$"Nguyễn Văn A {tag}", $"Trần Thị Đào {tag}"], editors);
    }

    [Theory]
    [InlineData("Input.Phone", "gọi 0251", "Phone", "Số điện thoại chỉ gồm chữ số")]
    [InlineData("Input.Phone", "+-()", "Phone", "Số điện thoại chỉ gồm chữ số")]
    [InlineData("Input.Email", "lienhiephoi.dongnai.gov.vn", "Email", "Địa chỉ email không hợp lệ")]
    [InlineData("Input.Email", "a@b@c.vn", "Email", "Địa chỉ email không hợp lệ")]
    [InlineData("Input.Email", "x@y.vn\"><script>", "Email", "Địa chỉ email không hợp lệ")]
    [InlineData("Input.NameVi", "", "NameVi", "Hãy nhập tên tiếng Việt")]
    [InlineData("Input.NameVi", "Tên rất dài rất dài rất dài rất dài rất dài rất dài rất dài rất dài rất dài rất dài rất dài rất dài rất dài rất dài rất dài rất dài rất dài rất dài rất dài rất dài rất dài rất dài rất dài rất dài rất dài", "NameVi", "tối đa 200 ký tự")]
    public async Task BadField_IsRefusedWithItsVietnameseMessage_AndNothingIsSaved(string name, string value, string field, string message)
    {
        var admin = await site.AdministratorAsync();
        var before = (await site.StoredAsync()).Get<OrganisationSettings>();
        var events = site.Audit.Events.Count;

        var (response, _) = await admin.PostFormAsync(Url, Form, new() { [name] = value, ["Input.Address"] = "Địa chỉ không được lưu" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, (await response.ReadDocumentAsync()).FieldError(field));
        var after = (await site.StoredAsync()).Get<OrganisationSettings>();
        Assert.Equal((before.Phone, before.Email, before.NameVi, before.Address), (after.Phone, after.Email, after.NameVi, after.Address));
        Assert.Equal(events, site.Audit.Events.Count);
    }

    [Fact]
    public async Task Save_IsAuditedOnce_NamingTheChangedFields()
    {
        var userName = "bientap-" + Guid.NewGuid().ToString("N")[..6];
        var admin = await site.AdministratorAsync(userName);

        await admin.PostFormAsync(Url, Form, new() { ["Input.Chief"] = "Ông " + userName, ["Input.Email"] = userName + "@dongnai.gov.vn" });
        await admin.PostFormAsync(Url, Form, []);

        var recorded = Assert.Single(site.Audit.Events, e => e.User == userName && e.Event.Category == AuditEvents.Settings);
        Assert.Equal("Đơn vị", recorded.Event.Subject);
        Assert.Equal("Chief, Email", recorded.Event.Details);
    }
}
