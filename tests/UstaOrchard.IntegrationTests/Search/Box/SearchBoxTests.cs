using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using Usta.Contents;
using UstaOrchard.Core.Contents;
using UstaOrchard.IntegrationTests.Infrastructure;
using Xunit;

namespace UstaOrchard.IntegrationTests.Search.Box;

/// <summary>The header's search box: a plain GET form to /tim-kiem on every page but the print view.</summary>
public sealed class SearchBoxTests(EditorSiteFixture site) : IClassFixture<EditorSiteFixture>
{
    private const string SeedArticleId = "eq8ks141tbhsbn4r6zf9n8jg3g";

    [Theory]
    [InlineData("home", HttpStatusCode.OK)]
    [InlineData("article", HttpStatusCode.OK)]
    [InlineData("missing", HttpStatusCode.NotFound)]
    public async Task Every_page_has_the_search_box_in_its_header(string page, HttpStatusCode status)
    {
        var url = page switch
        {
            "home" => "/",
            "article" => await SeedArticleUrlAsync(),
            _ => "/khong-co-trang-nay-" + EditorSiteFixture.NewId(),
        };

        var document = await site.Factory.CreateClient().GetDocumentAsync(url, status);

        var form = Assert.IsAssignableFrom<IHtmlFormElement>(document.QuerySelector("[data-test=site-header] form[role=search]"));
        Assert.Equal("/tim-kiem", form.GetAttribute("action"));
        Assert.Equal("get", form.Method, ignoreCase: true);
        var input = Assert.IsAssignableFrom<IHtmlInputElement>(form.QuerySelector("input[name=q]"));
        Assert.Equal("search", input.Type);
        var label = document.QuerySelector($"label[for='{input.Id}']");
        Assert.Equal("Tìm kiếm trong trang", label?.TextContent.Trim());
        Assert.Equal("Tìm kiếm", form.QuerySelector("button[type=submit]")?.TextContent.Trim());
        Assert.Equal("", input.Value);
        Assert.Equal("{0} gợi ý", form.GetAttribute("data-suggest-count"));
        Assert.Equal("/tim-kiem/goi-y", form.GetAttribute("data-suggest-url"));
        var script = document.QuerySelectorAll("script[src]").Single(s => s.GetAttribute("src")!.Contains("suggest", StringComparison.Ordinal));
        Assert.True(script.HasAttribute("defer"));
        Assert.Empty(document.QuerySelectorAll("script:not([src]):not([type='application/ld+json'])"));
    }

    [Fact]
    public async Task The_print_view_has_no_search_box()
    {
        var document = await site.Factory.CreateClient().GetDocumentAsync(await SeedArticleUrlAsync() + "?in=1");
        Assert.NotNull(document.QuerySelector("[data-test=site-header]"));
        Assert.Null(document.QuerySelector("form[role=search]"));
    }

    [Theory]
    [InlineData("dong nai")]
    [InlineData("\"><script>alert(1)</script>")]
    public async Task On_the_search_page_the_box_keeps_the_query_as_text(string query)
    {
        var (_, document) = await site.Factory.CreateClient().GetPageAsync("/tim-kiem?q=" + Uri.EscapeDataString(query));
        var input = Assert.IsAssignableFrom<IHtmlInputElement>(document.QuerySelector("[data-test=site-header] input[name=q]"));
        Assert.Equal(query, input.Value);
        Assert.Empty(document.QuerySelectorAll("script:not([src]):not([type='application/ld+json'])"));
    }

    [Fact]
    public async Task Elsewhere_a_q_parameter_is_not_put_in_the_box()
    {
        var document = await site.Factory.CreateClient().GetDocumentAsync("/?q=dong+nai");
        Assert.Equal("", (document.QuerySelector("[data-test=site-header] input[name=q]") as IHtmlInputElement)?.Value);
    }

    private Task<string> SeedArticleUrlAsync() => site.Factory.InScopeAsync(async sp =>
        ContentRoutes.UrlOf((await sp.GetRequiredService<ContentManager>().GetAsync(SeedArticleId, VersionOptions.Published))!));
}
