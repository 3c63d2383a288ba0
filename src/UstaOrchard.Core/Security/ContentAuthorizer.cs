using System.Security.Claims;
using UstaOrchard.Core.Contents;

namespace UstaOrchard.Core.Security;

/// <summary>
/// The check every content handler in the admin makes on the server: may this user do this verb
/// to this item (or to a new item of this type)? The per-type permission is asked for, and its
/// "own" form too when the user owns the item. Hiding a button is never the check.
/// </summary>
public static class ContentAuthorizer
{
    /// <summary>The user's name as items store it in <see cref="ContentItem.Owner"/>.</summary>
    public static string OwnerName(this ClaimsPrincipal user) => user.Identity?.Name ?? "";

    /// <param name="verb">A generic verb such as <see cref="ContentPermissions.EditContent"/>.</param>
    public static bool Can(this ClaimsPrincipal user, string verb, ContentItem item)
        => user.Can(verb, item.ContentType, owned: IsOwner(user, item));

    /// <summary>For an item that does not exist yet (it will be the user's own), or a type-wide action.</summary>
    public static bool Can(this ClaimsPrincipal user, string verb, string contentType, bool owned)
    {
        if (user.HasPermission(ContentPermissions.ForType(verb, contentType))) return true;
        var own = ContentPermissions.Own(verb);
        return owned && own != verb && user.HasPermission(ContentPermissions.ForType(own, contentType));
    }

    public static bool IsOwner(this ClaimsPrincipal user, ContentItem item)
        => user.Identity?.IsAuthenticated == true && item.Owner.Length > 0
           && string.Equals(item.Owner, user.OwnerName(), StringComparison.OrdinalIgnoreCase);
}
