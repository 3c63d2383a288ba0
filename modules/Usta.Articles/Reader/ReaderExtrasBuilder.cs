using Microsoft.Extensions.Localization;
using Usta.Contents;
using Usta.Media;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Settings;

namespace Usta.Articles.Reader;

/// <summary>
/// Builds an article's or category's breadcrumb, JSON-LD and share links. URLs in the JSON-LD are
/// absolute from the base URL setting; without one they stay root-relative (never from the Host header).
/// </summary>
public sealed class ReaderExtrasBuilder(CategoryTrail trail, SiteUrls siteUrls, SiteService site, SiteClock clock, MediaUrls media,
    IStringLocalizer<ArticlesStartup> S)
{
    public async Task<ReaderExtras> ForArticleAsync(ContentItem item, string? firstCategoryId, CancellationToken ct)
    {
        var url = ContentRoutes.UrlOf(item);
        var crumbs = await CrumbsAsync(firstCategoryId, ct);
        crumbs.Add(new Crumb(item.DisplayText, url));
        var baseUrl = await siteUrls.GetBaseUrlAsync(ct);
        var article = item.As<ArticlePart>() ?? new ArticlePart();
        var publishedUtc = ArticleDates.ListedUtc(item);
        var image = await media.AbsoluteAsync(await media.ImageUrlAsync(article.Image.FirstPath, 1280, ct: ct), ct);
        var facts = new NewsArticleFacts(item.DisplayText, url, await OffsetAsync(publishedUtc, ct),
            await OffsetAsync(item.ModifiedUtc ?? publishedUtc, ct), article.Byline.Text, article.Lead.Text, image, await PublisherAsync(ct));
        return new ReaderExtras(crumbs, [StructuredData.BreadcrumbList(crumbs, baseUrl), StructuredData.NewsArticle(facts, baseUrl)],
            ShareLinks.For(baseUrl, url));
    }

    public async Task<ReaderExtras> ForCategoryAsync(ContentItem category, CancellationToken ct)
    {
        var crumbs = await CrumbsAsync(category.ContentItemId, ct);
        if (crumbs.Count == 1) crumbs.Add(new Crumb(category.DisplayText, ContentRoutes.UrlOf(category)));
        var baseUrl = await siteUrls.GetBaseUrlAsync(ct);
        return new ReaderExtras(crumbs, [StructuredData.BreadcrumbList(crumbs, baseUrl)], null);
    }

    // Home, then the category and its parents from the top.
    private async Task<List<Crumb>> CrumbsAsync(string? categoryId, CancellationToken ct)
    {
        var crumbs = new List<Crumb> { new(S["Home"], "/") };
        crumbs.AddRange((await trail.FromRootAsync(categoryId, ct)).Select(c => new Crumb(c.Title, c.Url)));
        return crumbs;
    }

    private async Task<DateTimeOffset> OffsetAsync(DateTime utc, CancellationToken ct)
    {
        var zone = await clock.GetTimeZoneAsync(ct);
        var instant = new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
        return TimeZoneInfo.ConvertTime(instant, zone);
    }

    private async Task<string> PublisherAsync(CancellationToken ct)
    {
        var settings = await site.GetAsync(ct);
        var name = settings.Get<OrganisationSettings>().NameVi;
        return string.IsNullOrWhiteSpace(name) ? settings.SiteName : name;
    }
}
