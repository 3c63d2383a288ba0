using Lucene.Net.Search;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using Usta.Search.Indexing;
using UstaOrchard.Core.Settings;

namespace Usta.Search.Box;

/// <summary>One suggestion as suggest.js reads it.</summary>
public sealed record SuggestionJson(string Title, string Url, string Date);

/// <summary>
/// <c>GET /tim-kiem/goi-y?q=…</c>: at most eight published titles starting with what the reader
/// typed, as JSON. Anything odd (empty, too short or long, punctuation, no index on this node yet)
/// is an empty list, never an error: the box works without suggestions.
/// </summary>
public static class SuggestEndpoint
{
    public const string Route = "/tim-kiem/goi-y";

    public static async Task<IResult> HandleAsync(HttpContext context, SiteService site, SiteClock clock, SearchIndexStore store)
    {
        var ct = context.RequestAborted;
        // Public titles only, the same for everyone: a short shared cache spares the index a burst of typing.
        context.Response.Headers.CacheControl = "public, max-age=60";
        var typed = context.Request.Query["q"].ToString();
        var settings = (await site.GetAsync(ct)).Get<SearchSettings>();
        var query = TitleSuggestions.Build(typed, settings.ContentTypes);
        if (query is null) return Results.Json(Array.Empty<SuggestionJson>());

        using var lease = store.TryAcquire(settings.SearchIndex);
        if (lease is null)
        {
            // Not ready yet on this node: an empty answer must not be kept by a shared cache.
            context.Response.Headers.CacheControl = "no-store";
            return Results.Json(Array.Empty<SuggestionJson>());
        }

        var found = TitleSuggestions.Find(lease.Searcher, query);
        var zone = await clock.GetTimeZoneAsync(ct);
        return Results.Json(found.Select(s => new SuggestionJson(s.Title, s.Url,
            TimeZoneInfo.ConvertTimeFromUtc(s.PublishedUtc, zone).ToString(SiteClock.DateFormat, CultureInfo.InvariantCulture))).ToList());
    }
}
