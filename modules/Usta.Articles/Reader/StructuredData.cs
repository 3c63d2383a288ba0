using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace Usta.Articles.Reader;

/// <summary>
/// schema.org JSON-LD for a page's &lt;script type="application/ld+json"&gt;. The encoder escapes
/// &lt;, &gt; and &amp; (as \u003C …), so no title can close the script element; Vietnamese stays readable.
/// </summary>
public static class StructuredData
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static string BreadcrumbList(IReadOnlyList<Crumb> crumbs, string? baseUrl) => Write(new JsonObject
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "BreadcrumbList",
        ["itemListElement"] = new JsonArray([.. crumbs.Select((c, i) => (JsonNode)new JsonObject
        {
            ["@type"] = "ListItem",
            ["position"] = i + 1,
            ["name"] = c.Name,
            ["item"] = baseUrl + c.Url,
        })]),
    });

    public static string NewsArticle(NewsArticleFacts facts, string? baseUrl)
    {
        var article = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["headline"] = facts.Headline,
            ["datePublished"] = Iso(facts.Published),
            ["dateModified"] = Iso(facts.Modified),
            ["mainEntityOfPage"] = baseUrl + facts.Url,
            ["author"] = string.IsNullOrWhiteSpace(facts.Byline)
                ? new JsonObject { ["@type"] = "Organization", ["name"] = facts.Publisher }
                : new JsonObject { ["@type"] = "Person", ["name"] = facts.Byline },
            ["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = facts.Publisher },
        };
        if (!string.IsNullOrWhiteSpace(facts.Description)) article["description"] = facts.Description;
        if (facts.ImageUrl is not null) article["image"] = new JsonArray(facts.ImageUrl);
        return Write(article);
    }

    private static string Iso(DateTimeOffset time) => time.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);

    private static string Write(JsonObject node) => node.ToJsonString(Options);
}

public sealed record Crumb(string Name, string Url);

public sealed record NewsArticleFacts(string Headline, string Url, DateTimeOffset Published, DateTimeOffset Modified, string? Byline,
    string? Description, string? ImageUrl, string Publisher);
