using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using UstaOrchard.Core.Caching;

namespace Usta.Contents.Menus;

/// <summary>
/// The menu marks the entries whose address is the request's path (case aside): its HTML is one per
/// marked address, and one for every other page, so an article's path never makes a key of its own.
/// Kept under the menu data's tags.
/// </summary>
public sealed class MainMenuBlock : IKeptBlock
{
    private static readonly string[] Tags = [CacheTags.Type(MenuTypes.Menu), CacheTags.Type(ContentTypes.Category)];

    public string Component => "MainMenu";

    public async ValueTask<KeptBlockKey?> KeyAsync(HttpContext context)
    {
        var menu = await context.RequestServices.GetRequiredService<MainMenu>().GetAsync(context.RequestAborted);
        var path = context.Request.Path.Value ?? "/";
        // Paths equal case aside mark the same entries: the first entry equal to it names them all.
        var marked = Matches("/", path) ? "/" : Find(menu.Items, path);
        return new KeptBlockKey(marked ?? "", Tags);
    }

    private static string? Find(IReadOnlyList<MenuLink> links, string path)
    {
        foreach (var link in links)
        {
            if (Matches(link.Url, path)) return link.Url;
            if (Find(link.Children, path) is { } found) return found;
        }
        return null;
    }

    private static bool Matches(string url, string path) => string.Equals(url, path, StringComparison.OrdinalIgnoreCase);
}
