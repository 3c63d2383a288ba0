using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Usta.Media;
using UstaOrchard.Core.Settings;
using UstaOrchard.Core.Text;

namespace Usta.Articles.Feeds;

public sealed record FeedChannel(string Title, string? Description, string PageUrl, string SelfUrl);

/// <summary>
/// Writes an RSS 2.0 document: absolute links from the base URL (never the Host header), the item id as
/// a guid that survives a changed path, dates in the site's zone, the featured image as an enclosure.
/// </summary>
public sealed class RssFeedWriter(SiteClock clock, MediaUrls media)
{
    public const string ContentType = "application/rss+xml; charset=utf-8";
    private static readonly FileExtensionContentTypeProvider MediaTypes = new();

    public async Task WriteAsync(HttpResponse response, string baseUrl, FeedChannel channel, IReadOnlyList<FeedEntry> entries, CancellationToken ct)
    {
        var zone = await clock.GetTimeZoneAsync(ct);
        var feed = new SyndicationFeed(XmlSafeText.Clean(channel.Title), XmlSafeText.Clean(channel.Description), new Uri(baseUrl + channel.PageUrl))
        {
            Language = "vi",
            Generator = "UstaOrchard",
        };
        feed.Links.Add(SyndicationLink.CreateSelfLink(new Uri(baseUrl + channel.SelfUrl), "application/rss+xml"));
        var items = new List<SyndicationItem>(entries.Count);
        foreach (var entry in entries)
        {
            var item = new SyndicationItem
            {
                Id = entry.ContentItemId,
                Title = new TextSyndicationContent(XmlSafeText.Clean(entry.Title)),
                Summary = new TextSyndicationContent(XmlSafeText.Clean(entry.Lead)),
                PublishDate = At(entry.PublishedUtc, zone),
            };
            item.Links.Add(SyndicationLink.CreateAlternateLink(new Uri(baseUrl + entry.Url)));
            foreach (var category in entry.Categories) item.Categories.Add(new SyndicationCategory(XmlSafeText.Clean(category)));
            if (await EnclosureAsync(baseUrl, entry.ImagePath, ct) is { } enclosure) item.Links.Add(enclosure);
            items.Add(item);
        }
        feed.Items = items;
        if (entries.Count > 0) feed.LastUpdatedTime = At(entries.Max(e => e.PublishedUtc), zone);

        // The formatter writes synchronously and Kestrel refuses synchronous writes: 20 items fit in memory.
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false }))
            new Rss20FeedFormatter(feed, serializeExtensionsAsAtom: true).WriteTo(writer);
        response.ContentType = ContentType;
        response.ContentLength = buffer.Length;
        buffer.Position = 0;
        await buffer.CopyToAsync(response.Body, ct);
    }

    private static DateTimeOffset At(DateTime utc, TimeZoneInfo zone)
    {
        var asUtc = new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
        return asUtc.ToOffset(zone.GetUtcOffset(asUtc));
    }

    private async Task<SyndicationLink?> EnclosureAsync(string baseUrl, string? imagePath, CancellationToken ct)
    {
        if (await media.FileAsync(imagePath, ct) is not { IsImage: true } file) return null;
        if (await media.VersionedUrlAsync(file.Path, ct) is not { } url) return null;
        var type = MediaTypes.TryGetContentType(file.Path, out var known) ? known : "application/octet-stream";
        return SyndicationLink.CreateMediaEnclosureLink(new Uri(baseUrl + url), type, file.Length);
    }
}
