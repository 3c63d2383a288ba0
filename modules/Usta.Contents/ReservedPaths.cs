using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;

namespace Usta.Contents;

/// <summary>
/// Paths the site's own pages answer (<c>ban-tin</c>, <c>ngay/…</c>, <c>dang-nhap</c>, <c>Admin</c>, …):
/// an item given one would never be reached, so Autoroute treats them as taken. Read from the
/// endpoints themselves, so a module's new page reserves its paths without a list to maintain.
/// </summary>
public sealed class ReservedPaths
{
    private ICollection<EndpointDataSource> _sources = [];

    /// <summary>
    /// Reads the host's endpoint sources as they are mapped. Routing itself receives them only when
    /// the server starts; setup and the command line run before that and need them too.
    /// </summary>
    public void Watch(ICollection<EndpointDataSource> sources) => _sources = sources;

    // Not cached: the endpoints are complete only once the host has mapped them, and saves are rare.
    // Route constraints are not checked, so a path that only looks like a route counts as taken too.
    public bool Contains(string path)
    {
        if (path.StartsWith("_content/", StringComparison.OrdinalIgnoreCase)) return true;
        var url = "/" + path;
        return _sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Where(e => !e.RoutePattern.Parameters.Any(p => p.IsCatchAll))
            .Any(e => new TemplateMatcher(new RouteTemplate(e.RoutePattern), new RouteValueDictionary()).TryMatch(url, new RouteValueDictionary()));
    }
}
