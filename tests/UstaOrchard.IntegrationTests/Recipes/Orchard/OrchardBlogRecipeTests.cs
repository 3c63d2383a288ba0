using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Usta.Contents;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Definitions;
using UstaOrchard.Core.Recipes;
using UstaOrchard.IntegrationTests.Infrastructure;
using Usta.Users;

namespace UstaOrchard.IntegrationTests.Recipes.Orchard;

/// <summary>An export of an Orchard Core blog (TheBlogTheme's shape) applies, and the blog, its posts and taxonomies display.</summary>
public sealed class OrchardBlogRecipeTests(OrchardBlogFixture site) : IClassFixture<OrchardBlogFixture>
{
    private const string TagsPage = "/tags";
    private const string CategoriesPage = "/chu-de-blog";

    [Fact]
    public void AppliedWithSkipUnknownSteps_TheOrchardOnlyStepsAreSkipped()
    {
        Assert.True(site.ExitCode == 0, site.Output);
        Assert.Contains("1. feature: ", site.Output);
        Assert.Contains("2. themes: ", site.Output);
    }

    [Fact]
    public async Task WithoutSkipping_TheRecipeIsRefused_NamingTheUnsupportedStep()
    {
        // Refused before anything runs, every unsupported step named with its place, and nothing else wrong.
        var error = await Assert.ThrowsAsync<RecipeValidationException>(() => site.ApplyAsync(new RecipeOptions()));

        Assert.All(error.Issues, issue => Assert.Contains($"'{issue.StepName}'", issue.Message));
        var feature = error.Issues[0];
        Assert.Equal((1, "feature"), (feature.StepIndex, feature.StepName));
        Assert.Equal(["feature", "themes"], error.Issues.Select(i => i.StepName!).Order());
    }

    [Fact]
    public async Task BlogPage_ListsItsPublishedPosts_NewestFirst_APageAtATime()
    {
        var reader = site.Factory.CreateBrowser();

        var (response, first) = await reader.GetPageAsync("/blog");
        var (_, second) = await reader.GetPageAsync("/blog?trang=2");
        var (beyond, _) = await reader.GetPageAsync("/blog?trang=3");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Blog", first.Text("[data-test=content] h1"));
        Assert.Equal("This is the description of your blog", first.Text("[data-test=content] [data-test=body]"));
        Assert.Equal(["Đồng Nai khởi động mùa khoa học", "Man must explore, and this is exploration at its greatest"],
            first.Texts("[data-test=list-item] .summary-title"));
        Assert.Equal(["/blog/dong-nai-khoi-dong-mua-khoa-hoc", "/blog/post-1"],
            first.QuerySelectorAll("[data-test=list-item] a").Select(a => a.GetAttribute("href")));
        Assert.Equal("/blog?trang=2", first.QuerySelector("[data-test=pager] a[rel=next]")!.GetAttribute("href"));
        Assert.Equal(["The oldest post"], second.Texts("[data-test=list-item] .summary-title"));
        Assert.Equal(HttpStatusCode.NotFound, beyond.StatusCode);
        Assert.DoesNotContain("A draft not yet published", first.Body!.TextContent + second.Body!.TextContent);
    }

    [Fact]
    public async Task Post_IsServedAtItsPath_WithMarkdownImageAltSubtitleAndTerms()
    {
        var (response, page) = await site.Factory.CreateBrowser().GetPageAsync("/blog/post-1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Man must explore, and this is exploration at its greatest", page.Text("[data-test=content] h1"));
        Assert.Equal("Problems look mighty small from 150 miles up", page.Text("[data-test=field-BlogPost_Subtitle] .field-value"));
        Assert.Equal("/blog", page.QuerySelector("[data-test=contained-in] a")!.GetAttribute("href"));
        Assert.Equal("Blog", page.Text("[data-test=contained-in] a"));

        var body = page.QuerySelector("[data-test=field-MarkdownBodyPart]")!;
        Assert.Equal("Từ quỹ đạo", body.QuerySelector("h2")!.TextContent);
        Assert.Equal("truly", body.QuerySelector("strong")!.TextContent);
        Assert.Empty(body.QuerySelectorAll("script"));
        Assert.Contains("<script>alert(1)</script>", body.TextContent);
        Assert.Equal("#", body.QuerySelector("a")!.GetAttribute("href"));

        var image = page.QuerySelector("[data-test=field-BlogPost_Image] img")!;
        Assert.Equal("Trái Đất nhìn từ quỹ đạo", image.GetAttribute("alt"));
        Assert.Contains("blog/post-bg.png", image.GetAttribute("src"));

        Assert.Equal(["Trái Đất", "Không gian"], page.Texts("[data-test=field-BlogPost_Tags] li"));
        Assert.Equal([$"{TagsPage}#term-4b1ogtagearth0000000000001", $"{TagsPage}#term-4b1ogtagspace0000000000001"],
            page.QuerySelectorAll("[data-test=field-BlogPost_Tags] a").Select(a => a.GetAttribute("href")));
        // The field names no taxonomy itself: the field's settings do.
        Assert.Equal(["Du lịch"], page.Texts("[data-test=field-BlogPost_Category] li"));
        Assert.Equal($"{CategoriesPage}#term-4b1ogcattravel000000000001",
            page.QuerySelector("[data-test=field-BlogPost_Category] a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task PostWithoutPath_IsServedAtItsTypesPattern_SlugifiedTheVietnameseWay()
    {
        var (response, page) = await site.Factory.CreateBrowser().GetPageAsync("/blog/dong-nai-khoi-dong-mua-khoa-hoc");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Mùa khoa học bắt đầu.", page.Text("[data-test=field-MarkdownBodyPart]"));
        // A nested term is found as well as a top-level one.
        Assert.Equal(["Châu Á"], page.Texts("[data-test=field-BlogPost_Category] li"));
    }

    [Fact]
    public async Task DraftPost_HasNoPage()
    {
        var (response, _) = await site.Factory.CreateBrowser().GetPageAsync("/blog/a-draft");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task TaxonomyPages_ShowTheirNestedTerms_EachWithItsPosts()
    {
        var reader = site.Factory.CreateBrowser();

        var categories = await reader.GetDocumentAsync(CategoriesPage);
        var tags = await reader.GetDocumentAsync(TagsPage);

        var travel = categories.GetElementById("term-4b1ogcattravel000000000001")!;
        Assert.Equal("Du lịch", travel.QuerySelector(".term-title")!.TextContent);
        var asia = travel.QuerySelector("#term-4b1ogcatasia00000000000001")!;
        Assert.Equal("Châu Á", asia.QuerySelector(".term-title")!.TextContent);
        Assert.Equal("/blog/dong-nai-khoi-dong-mua-khoa-hoc", asia.QuerySelector(".term-items a")!.GetAttribute("href"));
        Assert.Equal(["Trái Đất", "Không gian"], tags.Texts("[data-test=term] > .term-title"));
        Assert.Equal(["Man must explore, and this is exploration at its greatest"],
            tags.GetElementById("term-4b1ogtagearth0000000000001")!.Texts(".term-items a"));
    }

    [Fact]
    public async Task ContentDefinition_ReadsNestedAndFlatStringSettings()
    {
        var (blog, post) = await site.Factory.InScopeAsync(async sp =>
        {
            var definitions = sp.GetRequiredService<ContentDefinitionManager>();
            return ((await definitions.GetTypeAsync("Blog"))!, (await definitions.GetTypeAsync("BlogPost"))!);
        });

        Assert.True(blog.TypeSettings.Creatable);
        Assert.True(blog.TypeSettings.Securable);
        Assert.False(post.TypeSettings.Creatable);
        Assert.True(post.TypeSettings.Listable);
        Assert.True(post.TypeSettings.Draftable);
        Assert.Equal("2", post.Part("MarkdownBodyPart")!.Settings["ContentTypePartSettings"]!["Position"]!.ToString());
        Assert.True(post.Part("AutoroutePart")!.Settings["AutoroutePartSettings"]!["AllowCustomPath"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Roles_MapOrchardsPermissionNames_AndReportTheOnesThisSiteLacks()
    {
        var (author, editor) = await site.Factory.InScopeAsync(async sp =>
        {
            var roles = sp.GetRequiredService<RoleManager<IdentityRole>>();
            async Task<List<string>> Of(string role) => (await roles.GetClaimsAsync((await roles.FindByNameAsync(role))!))
                .Where(c => c.Type == Permissions.ClaimType).Select(c => c.Value).Order().ToList();
            return (await Of("Author"), await Of("BlogEditor"));
        });

        Assert.Equal(["AccessAdminPanel", "DeleteOwnContent", "EditOwnContent", "ManageMedia", "PublishOwnContent"], author);
        Assert.Equal(["AccessAdminPanel", "ApplyRecipes", "EditContent_Blog", "ManageSearch", "PublishContent_BlogPost"], editor);
        Assert.Contains("ListContent, ManageOwnMedia, ViewOwnContent", site.Output);

        // The preview lists each permission left out, by role.
        var preview = await site.ApplyAsync(new RecipeOptions { SkipUnknownSteps = true, DryRun = true });
        Assert.Contains(preview.Journal.Changes, c => c.Subject == RecipeSubjects.Role && c.Kind == RecipeChangeKind.Skipped && c.Key == "Author/ManageOwnMedia");
    }

    [Fact]
    public async Task EditingAPost_OffersItsTaxonomysTerms_AndKeepsThem()
    {
        var id = (await site.Factory.InScopeAsync(sp => sp.GetRequiredService<ContentRoutes>().FindPublishedAsync("blog/post-1", default)))!.ContentItemId;
        var editor = await site.Factory.SignedInAsync("Editor");
        var edit = "/Admin/Contents/Edit/" + id;

        var form = await editor.GetDocumentAsync(edit);
        var tags = form.QuerySelectorAll("input[name='BlogPost.Tags.TermContentItemIds']").Cast<IHtmlInputElement>().ToList();
        var saved = await editor.SubmitAsync(form, "content-editor", new Dictionary<string, string>(), edit, button: "save-draft");

        Assert.Equal(["4b1ogtagearth0000000000001", "4b1ogtagspace0000000000001"], tags.Select(t => t.Value));
        Assert.All(tags, t => Assert.True(t.IsChecked));
        Assert.Equal(["Du lịch", "Châu Á"], form.Texts("[data-test=editor-BlogPost_Category] label"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var draft = await site.Factory.InScopeAsync(sp => sp.GetRequiredService<ContentManager>().GetAsync(id, VersionOptions.Latest));
        Assert.Equal(["4b1ogtagearth0000000000001", "4b1ogtagspace0000000000001"],
            draft!.Content["BlogPost"]!["Tags"]!["TermContentItemIds"]!.AsArray().Select(t => t!.GetValue<string>()));
    }
}
