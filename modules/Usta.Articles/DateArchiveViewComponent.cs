using Microsoft.AspNetCore.Mvc;

namespace Usta.Articles;

/// <summary>The sidebar's "Các tin đã đăng ngày" date picker; it works without JavaScript.</summary>
public sealed class DateArchiveViewComponent : ViewComponent
{
    public IViewComponentResult Invoke() => View();
}
