using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Usta.Contents;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Contents.Drivers;

/// <summary>The site's own parts (Link, Category) edited through the real create and edit pages.</summary>
public sealed class PartDriverTests(DriverSiteFixture site) : IClassFixture<DriverSiteFixture>
{
    [Theory]
    [InlineData("javascript:alert(document.cookie)")]
    [InlineData(" jav\tascript:alert(1)")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    public async Task LinkPart_RefusesUnsafeAddresses(string url)
    {
        var editor = await site.Factory.SignedInAsync("Editor");
        var form = await editor.GetDocumentAsync("/Admin/Contents/Create/Link");

        var response = await editor.SubmitAsync(form, "content-editor", new Dictionary<string, string>
        {
            ["TitlePart.Title"] = "Liên kết xấu",
            ["LinkPart.Url"] = url,
        }, "/Admin/Contents/Create/Link", button: "publish");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        Assert.Equal(["Địa chỉ phải bắt đầu bằng http://, https://, mailto:, tel: hoặc / (một trang của website này)."], page.Texts("#LinkPart-errors li"));
    }

    [Fact]
    public async Task LinkPart_StoresAddressGroupAndOrder()
    {
        var editor = await site.Factory.SignedInAsync("Editor");
        var form = await editor.GetDocumentAsync("/Admin/Contents/Create/Link");

        var response = await editor.SubmitAsync(form, "content-editor", new Dictionary<string, string>
        {
            ["TitlePart.Title"] = "Cổng thông tin Đồng Nai " + Guid.NewGuid().ToString("N")[..6],
            ["LinkPart.Url"] = "https://www.dongnai.gov.vn/",
            ["LinkPart.Group"] = "Cơ quan nhà nước",
            ["LinkPart.Order"] = "3",
        }, "/Admin/Contents/Create/Link", button: "publish");

        var item = (await site.LatestAsync(DriverSiteFixture.IdOf(response)))!;
        var link = item.As<LinkPart>()!;
        Assert.Equal(("https://www.dongnai.gov.vn/", "Cơ quan nhà nước", 3), (link.Url, link.Group, link.Order));
    }

    [Fact]
    public async Task CategoryPart_CannotBeMovedUnderItselfOrItsOwnChild()
    {
        var editor = await site.Factory.SignedInAsync("Editor");
        var (parent, child) = await site.Factory.InScopeAsync(async sp =>
        {
            var row = await sp.GetRequiredService<UstaDbContext>().Set<CategoryIndex>()
                .FirstAsync(c => c.Latest && c.ParentContentItemId != null);
            return (row.ParentContentItemId!, row.ContentItemId);
        });
        var edit = "/Admin/Contents/Edit/" + parent;
        var form = await editor.GetDocumentAsync(edit);
        var options = form.QuerySelectorAll("#CategoryPart_ParentContentItemId option").Select(o => o.GetAttribute("value")).ToList();
        Assert.DoesNotContain(parent, options);
        Assert.DoesNotContain(child, options);

        foreach (var refused in new[] { parent, child })
        {
            var response = await editor.SubmitAsync(form, "content-editor", new Dictionary<string, string> { ["CategoryPart.ParentContentItemId"] = refused }, edit, button: "save-draft");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(["Chuyên mục không thể nằm dưới chính nó hoặc dưới một chuyên mục con của nó."],
                (await response.ReadDocumentAsync()).Texts("#CategoryPart-errors li"));
        }
        var stored = await site.Factory.InScopeAsync(sp => sp.GetRequiredService<ContentManager>().GetAsync(parent, VersionOptions.Latest));
        Assert.Null(stored!.As<CategoryPart>()!.ParentContentItemId);
    }
}
