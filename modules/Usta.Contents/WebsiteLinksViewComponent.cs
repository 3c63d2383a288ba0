using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using UstaOrchard.Core.Data;

namespace Usta.Contents;

public sealed record WebsiteLink(string Title, string Url, string Group);

/// <summary>"Liên Kết Website": the published Link items, by group and order.</summary>
public sealed class WebsiteLinksViewComponent(UstaDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var links = await db.Set<LinkIndex>().AsNoTracking().Where(x => x.Published)
            .OrderBy(x => x.Group).ThenBy(x => x.Order).ThenBy(x => x.Title)
            .Select(x => new WebsiteLink(x.Title, x.Url, x.Group))
            .ToListAsync(HttpContext.RequestAborted);
        return View(links);
    }
}

public sealed record MenuCategory(string Title, string Url, IReadOnlyList<MenuCategory> Children);

/// <summary>The main menu: published top-level categories in order, with their children.</summary>
public sealed class CategoryMenuViewComponent(UstaDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var rows = await db.Set<CategoryIndex>().AsNoTracking().Where(x => x.Published && x.ShowInMenu)
            .OrderBy(x => x.Order).ThenBy(x => x.Title)
            .ToListAsync(HttpContext.RequestAborted);
        var ids = rows.Select(r => r.ContentItemId).ToHashSet();
        IReadOnlyList<MenuCategory> Children(string? parent) => rows
            .Where(r => r.ParentContentItemId == parent || (parent is null && r.ParentContentItemId is not null && !ids.Contains(r.ParentContentItemId)))
            .Select(r => new MenuCategory(r.Title, "/" + r.Path, Children(r.ContentItemId)))
            .ToList();
        return View(Children(null));
    }
}
