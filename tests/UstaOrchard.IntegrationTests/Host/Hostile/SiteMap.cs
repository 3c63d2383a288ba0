using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Extensions.DependencyInjection;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Host.Hostile;

/// <summary>One route of the site with a URL that reaches it and the query names its handlers read.</summary>
public sealed record RouteTarget(RoutePattern Pattern, string Url, IReadOnlyList<string> QueryNames)
{
    public override string ToString() => $"{Pattern.RawText} ({Url})";
}

/// <summary>A form found on a page: where it goes, how, and its fields with the values the page gave them.</summary>
public sealed record FormTarget(string PageUrl, string Action, string Method, IReadOnlyList<KeyValuePair<string, string>> Fields);

/// <summary>
/// Every route and form of the site, found from the endpoint data source and the pages themselves,
/// so a module's new page is attacked without a line changed here. Route parameters take the values
/// of links found on the site (a content path for the catch-all), or "1" where none links there.
/// </summary>
public sealed class SiteMap
{
    private const int CatchAllSamples = 5;

    public required IReadOnlyList<RouteTarget> Routes { get; init; }
    public required IReadOnlyList<FormTarget> Forms { get; init; }

    public static async Task<SiteMap> ReadAsync(UstaAppFactory factory)
    {
        var client = factory.CreateBrowser();
        var links = await LinksAsync(client, "/");
        var pages = factory.Services.GetRequiredService<PageLoader>();
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => !IsFile(e.RoutePattern)).ToList();
        var fixedRoutes = endpoints.Where(e => !e.RoutePattern.Parameters.Any(p => p.IsCatchAll)).ToList();

        var routes = new List<RouteTarget>();
        foreach (var endpoint in endpoints)
        {
            var queryNames = await QueryNamesAsync(pages, endpoint);
            var urls = IsRootCatchAll(endpoint.RoutePattern)
                ? links.Where(l => !fixedRoutes.Any(f => Matches(f.RoutePattern, l))).DistinctBy(FirstSegment).Take(CatchAllSamples).ToList()
                : [links.FirstOrDefault(l => Matches(endpoint.RoutePattern, l)) ?? Fill(endpoint.RoutePattern)];
            routes.AddRange(urls.Select(url => new RouteTarget(endpoint.RoutePattern, url, queryNames)));
        }

        var forms = new List<FormTarget>();
        foreach (var route in routes.DistinctBy(r => r.Url))
        {
            var (response, document) = await client.GetPageAsync(route.Url);
            if (!response.IsSuccessStatusCode) continue;
            foreach (var form in document.QuerySelectorAll<IHtmlFormElement>("form"))
            {
                var fields = form.QuerySelectorAll("input[name], textarea[name], select[name]")
                    .Select(e => new KeyValuePair<string, string>(e.GetAttribute("name")!, e.GetAttribute("value") ?? "")).ToList();
                var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? route.Url : form.GetAttribute("action")!;
                forms.Add(new FormTarget(route.Url, action, (form.GetAttribute("method") ?? "get").ToUpperInvariant(), fields));
            }
        }
        return new SiteMap { Routes = routes, Forms = forms.DistinctBy(f => (f.Action, f.Method, string.Join(",", f.Fields.Select(x => x.Key)))).ToList() };
    }

    private static async Task<List<string>> LinksAsync(HttpClient client, string url)
    {
        var (_, document) = await client.GetPageAsync(url);
        return document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!)
            .Where(h => h.StartsWith('/') && !h.StartsWith("//", StringComparison.Ordinal))
            .Select(h => h.Split('?', '#')[0]).Where(h => h.Length > 1).Distinct().ToList();
    }

    // The names a page's handlers bind from the query (?trang=, ?d=, ReturnUrl): parameters and SupportsGet properties.
    private static async Task<IReadOnlyList<string>> QueryNamesAsync(PageLoader pages, RouteEndpoint endpoint)
    {
        if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { } page) return [];
        var compiled = page as CompiledPageActionDescriptor ?? await pages.LoadAsync(page, endpoint.Metadata);
        var routeNames = endpoint.RoutePattern.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var fromHandlers = compiled.HandlerMethods.SelectMany(h => h.Parameters)
            .Where(p => p.ParameterType != typeof(CancellationToken) && IsQuery(p.BindingInfo))
            .Select(p => p.BindingInfo?.BinderModelName ?? p.Name);
        var fromProperties = compiled.BoundProperties.Where(p => p.BindingInfo?.RequestPredicate is null || SupportsGet(p))
            .Where(p => p.ParameterType == typeof(string) || p.ParameterType.IsValueType)
            .Select(p => p.BindingInfo?.BinderModelName ?? p.Name);
        return fromHandlers.Concat(fromProperties).Where(n => !routeNames.Contains(n)).Distinct().ToList();
    }

    private static bool IsQuery(BindingInfo? info) => info?.BindingSource is null || info.BindingSource == BindingSource.Query || info.BindingSource == BindingSource.ModelBinding;

    private static bool SupportsGet(Microsoft.AspNetCore.Mvc.Abstractions.ParameterDescriptor property)
        => property.BindingInfo?.RequestPredicate?.Invoke(new ActionContext(new DefaultHttpContext { Request = { Method = "GET" } }, new(), new())) == true;

    // The content item page (/{**path}) takes the site's own links; a catch-all under a literal
    // (/media/{**path}) is attacked below its prefix like any other parameter.
    private static bool IsRootCatchAll(RoutePattern pattern) => pattern.PathSegments.Count == 1 && pattern.Parameters.Any(p => p.IsCatchAll);

    private static bool IsFile(RoutePattern pattern) => pattern.RawText is { } raw && (raw.Contains('.') || raw.StartsWith("_", StringComparison.Ordinal));

    public static bool Matches(RoutePattern pattern, string url)
        => new TemplateMatcher(new RouteTemplate(pattern), new RouteValueDictionary()).TryMatch(url, new RouteValueDictionary());

    private static string FirstSegment(string url) => url.Trim('/').Split('/')[0];

    private static string Fill(RoutePattern pattern)
        => "/" + string.Join('/', pattern.PathSegments.Select(s => string.Concat(s.Parts.Select(p => p switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternParameterPart => "1",
            _ => "",
        }))));

    /// <summary>The route's URL with one parameter (the first, or the catch-all) replaced by <paramref name="value"/>.</summary>
    public static string WithParameter(RouteTarget route, string value)
    {
        var parameter = route.Pattern.Parameters.FirstOrDefault();
        if (parameter is null) return route.Url.TrimEnd('/') + "/" + value;
        if (IsRootCatchAll(route.Pattern)) return "/" + value;
        return "/" + string.Join('/', route.Pattern.PathSegments.Select(s => string.Concat(s.Parts.Select(p => p switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternParameterPart part when part.Name == parameter.Name => value,
            RoutePatternParameterPart => "1",
            _ => "",
        }))));
    }
}
