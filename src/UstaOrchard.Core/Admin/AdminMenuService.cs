using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace UstaOrchard.Core.Admin;

/// <summary>A trail entry above the page: text, and a link unless it is where the user is.</summary>
public sealed record Breadcrumb(string Text, string? Url);

/// <summary>Builds the admin menu once per request from every provider, as far as the user may see it.</summary>
public sealed class AdminMenuService(IEnumerable<IAdminMenuProvider> providers, IAuthorizationService authorization)
{
    private AdminMenuItem? _menu;

    /// <summary>The visible menu of <paramref name="user"/>, sorted; built once per request.</summary>
    public async Task<AdminMenuItem> GetAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (_menu is not null) return _menu;
        var root = new AdminMenuItem("root");
        foreach (var provider in providers) await provider.BuildAsync(root, ct);
        await FilterAsync(root, user);
        return _menu = root;
    }

    /// <summary>
    /// The trail to the entry whose link is the longest prefix of <paramref name="path"/> (by whole
    /// segments), its groups first; the page's own <paramref name="title"/> ends it when it is not that entry.
    /// </summary>
    public async Task<IReadOnlyList<Breadcrumb>> BreadcrumbsAsync(ClaimsPrincipal user, string path, string? title, CancellationToken ct = default)
    {
        var root = await GetAsync(user, ct);
        List<AdminMenuItem>? best = null;
        var bestLength = -1;
        void Walk(AdminMenuItem item, List<AdminMenuItem> trail)
        {
            foreach (var child in item.Children)
            {
                var here = new List<AdminMenuItem>(trail) { child };
                if (child.Url is { } url && IsUnder(path, url) && url.Length > bestLength)
                {
                    best = here;
                    bestLength = url.Length;
                }
                Walk(child, here);
            }
        }
        Walk(root, []);

        var crumbs = (best ?? []).Where(i => i.Text is not null).Select(i => new Breadcrumb(i.Text!, i.Url)).ToList();
        if (!string.IsNullOrWhiteSpace(title) && (crumbs.Count == 0 || crumbs[^1].Text != title))
            crumbs.Add(new Breadcrumb(title, null));
        else if (crumbs.Count > 0)
            crumbs[^1] = crumbs[^1] with { Url = null };
        return crumbs;
    }

    private static bool IsUnder(string path, string url)
    {
        var clean = url.Split('?', '#')[0].TrimEnd('/');
        if (clean.Length == 0) return false;
        return path.Equals(clean, StringComparison.OrdinalIgnoreCase)
               || path.StartsWith(clean + "/", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Drops what the user may not open, then groups with nothing left to show.</summary>
    private async Task FilterAsync(AdminMenuItem item, ClaimsPrincipal user)
    {
        var kept = new List<AdminMenuItem>();
        foreach (var child in item.Children)
        {
            if (child.Permission is { } permission && !(await authorization.AuthorizeAsync(user, permission)).Succeeded) continue;
            var hadChildren = child.Children.Count > 0;
            await FilterAsync(child, user);
            if (child.Text is null) continue;
            if (child.Children.Count == 0 && (child.Url is null || hadChildren)) continue;
            // A group's link leads to one of its entries: the user may lack the permission of the one it names.
            if (hadChildren && child.Url is { } url && child.Children.All(c => c.Url != url)) child.Url = child.Children[0].Url;
            kept.Add(child);
        }
        item.Children.Clear();
        // A stable sort: equal positions keep the order the providers added them.
        item.Children.AddRange(kept.Select((c, i) => (c, i)).OrderBy(x => x.c.Position).ThenBy(x => x.i).Select(x => x.c));
    }
}
