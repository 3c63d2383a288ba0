namespace UstaOrchard.Core.Caching;

/// <summary>
/// The names both caches (the public pages' output cache and <see cref="TaggedMemoryCache"/>'s
/// blocks) are evicted by. A page or block is tagged with what it shows; a change evicts the tags of
/// what it touched. Everything carries <see cref="All"/>, so a settings, menu or links change clears both.
/// </summary>
public static class CacheTags
{
    /// <summary>Every cached page and block: site settings, the menu and links change the layout everywhere.</summary>
    public const string All = "all";

    /// <summary>The set of days that have published articles (the sidebar calendar) changed.</summary>
    public const string ArticleDays = "article-days";

    /// <summary>The site's feeds (RSS) and the sitemap files.</summary>
    public const string Feeds = "feeds";
    public const string Sitemap = "sitemap";

    /// <summary>A page that shows this item (its own page, its print view, a bulletin listing it).</summary>
    public static string Item(string contentItemId) => "item:" + contentItemId;

    /// <summary>A page or block listing items of this type (home, latest bulletins, menu, links).</summary>
    public static string Type(string contentType) => "type:" + contentType;

    /// <summary>A page listing this category's items (the category page, its feed, "other news" on its articles).</summary>
    public static string Category(string categoryItemId) => "category:" + categoryItemId;

    /// <summary>The day page of this date (site time zone).</summary>
    public static string Day(DateOnly day) => "day:" + day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
