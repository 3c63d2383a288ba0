using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Security;

namespace Usta.Contents.Areas.Usta.Contents.Pages.Admin.Contents;

/// <summary>What the versions pages share: the item exists (has a latest version) and this user may edit it.</summary>
public abstract class VersionsPageModel(ContentManager contents) : PageModel
{
    public ContentItem Item { get; private set; } = null!;

    protected ContentManager Contents => contents;

    protected async Task<IActionResult?> LoadAsync(string id, CancellationToken ct)
    {
        var item = IsId(id) ? await contents.GetAsync(id, VersionOptions.Latest, ct) : null;
        if (item is null) return NotFound();
        if (!User.Can(ContentPermissions.EditContent, item)) return Forbid();
        Item = item;
        return null;
    }

    /// <summary>A version of this item, or null (a version of another item is as unknown as a made-up id).</summary>
    protected async Task<ContentItem?> VersionAsync(string? versionId, CancellationToken ct)
        => IsId(versionId) ? await contents.GetVersionAsync(Item.ContentItemId, versionId!, ct) : null;

    private static bool IsId(string? id) => id is { Length: > 0 and <= 26 };
}
