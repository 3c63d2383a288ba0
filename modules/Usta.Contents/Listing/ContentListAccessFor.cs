using System.Security.Claims;
using UstaOrchard.Core.Definitions;
using UstaOrchard.Core.Security;

namespace Usta.Contents.Listing;

public static class ContentListAccessFor
{
    /// <summary>The types whose items the user may list: all of them with EditContent, their own with EditOwnContent.</summary>
    public static ContentListAccess User(ClaimsPrincipal user, IEnumerable<ContentTypeDefinition> types)
    {
        var all = new HashSet<string>(StringComparer.Ordinal);
        var own = new HashSet<string>(StringComparer.Ordinal);
        var every = true;
        foreach (var type in types)
        {
            if (user.Can(ContentPermissions.EditContent, type.Name, owned: false)) all.Add(type.Name);
            else
            {
                every = false;
                if (user.Can(ContentPermissions.EditContent, type.Name, owned: true)) own.Add(type.Name);
            }
        }
        // Rows of a type with no definition are listed only to those who may edit every defined type.
        return new ContentListAccess(all, own, user.OwnerName(), every);
    }
}
