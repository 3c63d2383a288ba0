using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Security;

namespace Usta.Contents.Areas.Usta.Contents.Pages.Admin.Contents;

/// <summary>
/// The latest version (a draft too) rendered by its type's public display, at a private address:
/// never cached, never indexed.
/// </summary>
public sealed class PreviewModel(ContentManager contents, ContentDisplayBuilder displays) : PageModel
{
    public ContentDisplay Display { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        var item = id.Length is > 0 and <= 26 ? await contents.GetAsync(id, VersionOptions.Latest, ct) : null;
        if (item is null) return NotFound();
        if (!User.Can(ContentPermissions.PreviewContent, item)) return Forbid();
        var display = await displays.BuildAsync(item, 1, ct);
        if (display is null) return NotFound();
        Display = display;
        return Page();
    }
}
