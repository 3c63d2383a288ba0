using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Extensions.Primitives;

namespace Usta.Contents;

/// <summary>
/// Paths the site's own pages answer (<c>ban-tin</c>, <c>ngay/…</c>, <c>dang-nhap</c>, <c>Admin</c>, …):
/// an item given one would never be reached, so Autoroute treats them as taken. Read from the
/// endpoints themselves, so a module's new page reserves its paths without a list to maintain.
/// </summary>
public sealed class ReservedPaths
{
    private ICollection<EndpointDataSource> _sources = [];
    private Matchers? _matchers;

    private sealed record Matchers(int SourceCount, IReadOnlyList<IChangeToken> Tokens, IReadOnlyList<TemplateMatcher> List)
    {
        public bool IsCurrent(ICollection<EndpointDataSource> sources) => SourceCount == sources.Count && !Tokens.Any(t => t.HasChanged);
    }

    /// <summary>
    /// Reads the host's endpoint sources as they are mapped. Routing itself receives them only when
    /// the server starts; setup and the command line run before that and need them too.
    /// </summary>
    public void Watch(ICollection<EndpointDataSource> sources)
    {
        _sources = sources;
        _matchers = null;
    }

    // Route constraints are not checked, so a path that only looks like a route counts as taken too.
    public bool Contains(string path)
    {
        if (path.StartsWith("_content/", StringComparison.OrdinalIgnoreCase)) return true;
        var url = "/" + path;
        return CurrentMatchers().Any(m => m.TryMatch(url, new RouteValueDictionary()));
    }

    // Built once, not per save: a recipe of 100,000 items asks 100,000 times, and building the
    // endpoints and their matchers cost more than the rest of an item's import. Rebuilt when a
    // source is added or reports a change (Razor Pages do when pages are added).
    private IReadOnlyList<TemplateMatcher> CurrentMatchers()
    {
        var sources = _sources;
        var current = _matchers;
        if (current is not null && current.IsCurrent(sources)) return current.List;
        var tokens = sources.Select(s => s.GetChangeToken()).ToList();
        var list = sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Where(e => !CatchesAllFromRoot(e.RoutePattern))
            .Select(e => new TemplateMatcher(new RouteTemplate(e.RoutePattern), new RouteValueDictionary()))
            .ToList();
        _matchers = new Matchers(sources.Count, tokens, list);
        return list;
    }

    // The item page (/{**path}) would take every path; a catch-all after a literal (/media/{**path})
    // reserves its prefix and everything below it.
    private static bool CatchesAllFromRoot(RoutePattern pattern) =>
        pattern.Parameters.Any(p => p.IsCatchAll) && (pattern.PathSegments.Count == 0 || !pattern.PathSegments[0].IsSimple || !pattern.PathSegments[0].Parts[0].IsLiteral);
}
