using Microsoft.AspNetCore.Mvc;

namespace Usta.Contents.Menus;

public sealed record MainMenuModel(IReadOnlyList<MenuLink> Items, string CurrentPath);

/// <summary>The main menu on every page: the published Menu item "main-menu", nested, in its order, the current page marked.</summary>
public sealed class MainMenuViewComponent(MainMenu menu) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var shown = await menu.GetAsync(HttpContext.RequestAborted);
        return View(new MainMenuModel(shown.Items, HttpContext.Request.Path.Value ?? "/"));
    }
}
