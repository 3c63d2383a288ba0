using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using UstaOrchard.Core.Caching;
using UstaOrchard.Core.Data;

namespace Usta.Contents;

public sealed record WebsiteLink(string Title, string Url, string Group);

/// <summary>"Liên Kết Website": the published Link items, by group and order.</summary>
public sealed class WebsiteLinksViewComponent(UstaDbContext db, TaggedMemoryCache cache) : ViewComponent
{
    private readonly bool _yes = true;

    // On every page: read once and kept until a link changes.
    public async Task<IViewComponentResult> InvokeAsync()
        => View(await cache.GetOrCreateAsync("contents:website-links", [CacheTags.Type(ContentTypes.Link)],
            async ct => (IReadOnlyList<WebsiteLink>)await db.Set<LinkIndex>().AsNoTracking().Where(x => x.Published == _yes)
                .OrderBy(x => x.Group).ThenBy(x => x.Order).ThenBy(x => x.Title)
                .Select(x => new WebsiteLink(x.Title, x.Url, x.Group))
                .ToListAsync(ct), HttpContext.RequestAborted));
}

public sealed record MenuCategory(string Title, string Url, IReadOnlyList<MenuCategory> Children);

/// <summary>The main menu: published top-level categories in order, with their children.</summary>
public sealed class CategoryMenuViewComponent(PublishedCategories categories) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var rows = (await categories.GetAsync(HttpContext.RequestAborted)).Where(x => x.ShowInMenu).ToList();
        var ids = rows.Select(r => r.ContentItemId).ToHashSet();
        IReadOnlyList<MenuCategory> Children(string? parent) => rows
            .Where(r => r.ParentId == parent || (parent is null && r.ParentId is not null && !ids.Contains(r.ParentId)))
            .Select(r => new MenuCategory(r.Title, r.Url, Children(r.ContentItemId)))
            .ToList();
        return View(Children(null));
    }
}
