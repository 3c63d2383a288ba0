using System.Text.Json;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using Usta.Contents;
using UstaOrchard.Core.Contents;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Contents.Html;

/// <summary>
/// Texts that are not HTML (titles, leads, alt texts, captions, summaries, link URLs) carry markup
/// to every public page that shows them, and none of it runs: the pages encode them.
/// </summary>
public sealed class StoredXssTests(EditorSiteFixture site) : IClassFixture<EditorSiteFixture>
{
    private const string Payload = "\"><script>alert('x')</script><img src=x onerror=alert('y')>";

    [Fact]
    public async Task MarkupInPlainTexts_IsShownAsText_OnEveryPublicPage()
    {
        var (articleId, bulletinId) = (EditorSiteFixture.NewId(), EditorSiteFixture.NewId());
        var title = "Bài thử mã độc " + articleId + Payload;
        var text = JsonSerializer.Serialize(Payload);
        await site.ApplyAsync($$"""
            { "name": "xss-texts", "steps": [ { "name": "Content", "data": [
              { "ContentItemId": "{{articleId}}", "ContentType": "Article", "DisplayText": {{JsonSerializer.Serialize(title)}}, "Published": true, "Latest": true,
                "TitlePart": { "Title": {{JsonSerializer.Serialize(title)}} }, "AutoroutePart": {},
                "Article": { "Lead": { "Text": {{text}} }, "Byline": { "Text": {{text}} },
                  "Image": { "Paths": [ "tin-tuc/2021/hoi-nghi-chi-bo.jpg" ], "MediaTexts": [ {{text}} ], "Captions": [ {{text}} ] },
                  "Categories": { "TaxonomyContentItemId": "", "TermContentItemIds": [ "g3symgetm45g9zx56wtyfpq5cb" ] }, "Featured": { "Value": true } },
                "HtmlBodyPart": { "Html": "<p>Nội dung sạch</p>" } },
              { "ContentItemId": "{{bulletinId}}", "ContentType": "Bulletin", "DisplayText": {{JsonSerializer.Serialize("Bản tin " + Payload)}}, "Published": true, "Latest": true,
                "TitlePart": { "Title": {{JsonSerializer.Serialize("Bản tin " + Payload)}} }, "AutoroutePart": {},
                "BulletinPart": { "Number": {{Random.Shared.Next(1000, 100000)}}, "Year": 2039, "Summary": {{text}},
                  "Cover": { "Paths": [ "ban-tin/2021/ban-tin-so-40-bia.jpg" ], "MediaTexts": [ {{text}} ] },
                  "Articles": { "ContentItemIds": [ "{{articleId}}" ] } } },
              { "ContentItemId": "{{EditorSiteFixture.NewId()}}", "ContentType": "Link", "DisplayText": {{JsonSerializer.Serialize("Liên kết " + Payload)}}, "Published": true, "Latest": true,
                "TitlePart": { "Title": {{JsonSerializer.Serialize("Liên kết " + Payload)}} },
                "LinkPart": { "Url": {{JsonSerializer.Serialize("https://example.org/" + Payload)}}, "Group": "Thử", "Order": 1 } },
              { "ContentItemId": "{{EditorSiteFixture.NewId()}}", "ContentType": "Link", "DisplayText": "Liên kết kịch bản", "Published": true, "Latest": true,
                "TitlePart": { "Title": "Liên kết kịch bản" }, "LinkPart": { "Url": " JavaScript:alert('z')", "Group": "Thử", "Order": 2 } }
            ] } ] }
            """);
        var (article, bulletin) = await site.Factory.InScopeAsync(async sp =>
        {
            var contents = sp.GetRequiredService<ContentManager>();
            return (await contents.GetAsync(articleId, VersionOptions.Published), await contents.GetAsync(bulletinId, VersionOptions.Published));
        });
        var client = site.Factory.CreateClient();

        var articlePage = await SafePageAsync(client, ContentRoutes.UrlOf(article!));
        Assert.Equal(title, articlePage.Text("[data-test=article-title]"));
        Assert.Equal(Payload, articlePage.Text("[data-test=article-lead]"));
        Assert.Equal(Payload, articlePage.Text("[data-test=article-byline]"));
        Assert.Contains(articlePage.QuerySelectorAll("img"), img => img.GetAttribute("alt") == Payload);
        Assert.Contains(articlePage.QuerySelectorAll("figcaption"), caption => caption.TextContent == Payload);

        var print = await SafePageAsync(client, ContentRoutes.UrlOf(article!) + "?in=1");
        Assert.Equal(title, print.Text("[data-test=article-title]"));

        var home = await SafePageAsync(client, "/");
        Assert.Contains(articleId, home.Body!.TextContent);
        Assert.Contains(home.QuerySelectorAll("a"), a => a.TextContent == "Liên kết " + Payload && a.GetAttribute("href")!.StartsWith("https://example.org/"));
        Assert.DoesNotContain("Liên kết kịch bản", home.Body!.TextContent);

        var issue = await SafePageAsync(client, ContentRoutes.UrlOf(bulletin!));
        Assert.Equal("Bản tin " + Payload, issue.Text("[data-test=bulletin-title]"));
        Assert.Equal(Payload, issue.Text("[data-test=bulletin-summary]"));

        var issues = await SafePageAsync(client, "/ban-tin?nam=2039");
        Assert.Contains("Bản tin " + Payload, issues.Body!.TextContent);
    }

    // The page runs nothing the payload brought: no script with its code, no event handler, no script URL.
    private static async Task<IHtmlDocument> SafePageAsync(HttpClient client, string url)
    {
        var (response, document) = await client.GetPageAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode}");
        // JSON-LD is data, never run: it may carry the text, but it must stay inside its element.
        Assert.DoesNotContain(document.QuerySelectorAll("script:not([type='application/ld+json'])"), s => s.TextContent.Contains("alert("));
        Assert.All(document.QuerySelectorAll("script[type='application/ld+json']"), s => Assert.DoesNotContain("<", s.TextContent));
        Assert.DoesNotContain(document.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
        Assert.DoesNotContain(document.QuerySelectorAll("[href],[src]"),
            e => (e.GetAttribute("href") ?? e.GetAttribute("src"))!.Trim().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
        return document;
    }
}
