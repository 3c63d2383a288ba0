using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Usta.Contents;
using UstaOrchard.Core.Contents;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Contents.Menus;

/// <summary>"Liên Kết Website": groups in the order of their LinkGroup items, links in their order, both edited in the content editor.</summary>
public sealed class WebsiteLinkGroupsTests(EditorSiteFixture site) : IClassFixture<EditorSiteFixture>
{
    private Task<string> PublishAsync(string type, string title, Action<ContentItem> alter) => site.Factory.InScopeAsync(async sp =>
    {
        var contents = sp.GetRequiredService<ContentManager>();
        var item = contents.New(type);
        item.DisplayText = title;
        item.Owner = item.Author = "admin";
        item.Alter<TitlePart>(p => p.Title = title);
        alter(item);
        var saved = await contents.TryCreateAsync(item, publish: true);
        Assert.True(saved.Succeeded);
        return saved.ContentItem!.ContentItemId;
    });

    /// <summary>The block's groups (heading, then its links) restricted to this test's tag, in page order.</summary>
    private async Task<IReadOnlyList<string>> ShownAsync(string tag)
    {
        var page = await site.Factory.CreateBrowser().GetDocumentAsync("/");
        return page.QuerySelectorAll("[data-test=website-links] h3, [data-test=website-links] li a")
            .Select(e => (e.LocalName == "h3" ? "# " : "") + e.TextContent.Trim())
            .Where(t => t.Contains(tag))
            .ToList();
    }

    private async Task EditAsync(string id, string field, string value)
    {
        var editor = await site.Factory.SignedInAsync("Editor");
        var edit = "/Admin/Contents/Edit/" + id;
        var form = await editor.GetDocumentAsync(edit);
        var response = await editor.SubmitAsync(form, "content-editor", new Dictionary<string, string> { [field] = value }, edit, button: "publish");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task Groups_FollowTheirOrder_AndLinksTheirs_AsEditorsChangeThem()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        string Group(string name) => $"{name} {tag}";
        var agencies = await PublishAsync(ContentTypes.LinkGroup, Group("Cơ quan"), i => i.Alter<LinkGroupPart>(p => p.Order = 20));
        await PublishAsync(ContentTypes.LinkGroup, Group("Hội"), i => i.Alter<LinkGroupPart>(p => p.Order = 10));
        var first = await PublishAsync(ContentTypes.Link, $"Sở KH&CN {tag}", i => i.Alter<LinkPart>(p => { p.Url = "https://sokhcn.dongnai.gov.vn"; p.Group = Group("Cơ quan"); p.Order = 1; }));
        await PublishAsync(ContentTypes.Link, $"UBND tỉnh {tag}", i => i.Alter<LinkPart>(p => { p.Url = "https://www.dongnai.gov.vn"; p.Group = Group("Cơ quan"); p.Order = 2; }));
        await PublishAsync(ContentTypes.Link, $"VUSTA {tag}", i => i.Alter<LinkPart>(p => { p.Url = "https://vusta.vn"; p.Group = Group("Hội"); p.Order = 1; }));
        // A group no LinkGroup item orders comes after the ordered ones.
        await PublishAsync(ContentTypes.Link, $"Báo {tag}", i => i.Alter<LinkPart>(p => { p.Url = "https://baodongnai.com.vn"; p.Group = "Khác " + tag; }));

        Assert.Equal([$"# Hội {tag}", $"VUSTA {tag}", $"# Cơ quan {tag}", $"Sở KH&CN {tag}", $"UBND tỉnh {tag}", $"# Khác {tag}", $"Báo {tag}"], await ShownAsync(tag));

        await EditAsync(agencies, "LinkGroupPart.Order", "5");
        await EditAsync(first, "LinkPart.Order", "3");

        Assert.Equal([$"# Cơ quan {tag}", $"UBND tỉnh {tag}", $"Sở KH&CN {tag}", $"# Hội {tag}", $"VUSTA {tag}", $"# Khác {tag}", $"Báo {tag}"], await ShownAsync(tag));
    }

    [Fact]
    public async Task LinkEditor_SuggestsTheGroups()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        await PublishAsync(ContentTypes.LinkGroup, "Nhóm " + tag, i => i.Alter<LinkGroupPart>(p => p.Order = 1));
        var editor = await site.Factory.SignedInAsync("Editor");

        var form = await editor.GetDocumentAsync("/Admin/Contents/Create/Link");

        Assert.Contains("Nhóm " + tag, form.QuerySelectorAll("#LinkPart_Group-groups option").Select(o => o.GetAttribute("value")));
    }
}
