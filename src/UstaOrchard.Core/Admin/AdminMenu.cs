namespace UstaOrchard.Core.Admin;

/// <summary>
/// One entry of the admin menu. <see cref="Id"/> is stable (the shell renders it as
/// <c>id="admin-menu-{Id}"</c>, tests and other providers find entries by it); <see cref="Text"/> is
/// already in the reader's language (the provider localizes it with its module's strings).
/// </summary>
public sealed class AdminMenuItem(string id)
{
    public string Id { get; } = id;
    public string? Text { get; set; }

    /// <summary>Root-relative; null for a group that only holds children.</summary>
    public string? Url { get; set; }

    /// <summary>The permission (a policy name) needed to see it; null: anyone who may open the admin.</summary>
    public string? Permission { get; set; }

    /// <summary>Lower comes first; ties keep the order of registration.</summary>
    public int Position { get; set; }

    public List<AdminMenuItem> Children { get; } = [];

    /// <summary>The child with <paramref name="childId"/>, made when missing (providers may run in any order).</summary>
    public AdminMenuItem Item(string childId)
    {
        var item = Children.Find(c => c.Id == childId);
        if (item is null) Children.Add(item = new AdminMenuItem(childId));
        return item;
    }

    /// <summary>Adds or completes the child <paramref name="childId"/>.</summary>
    public AdminMenuItem Add(string childId, string text, string? url, int position, string? permission = null)
    {
        var item = Item(childId);
        item.Text = text;
        item.Url = url;
        item.Position = position;
        item.Permission = permission;
        return item;
    }
}

/// <summary>The top-level groups, so that modules put their entries in the same places.</summary>
public static class AdminMenuGroups
{
    /// <summary>Content items: the list, "new …", the recycle bin.</summary>
    public const string Content = "content";

    /// <summary>Media library, search indexes.</summary>
    public const string Library = "library";

    /// <summary>Users, roles, audit trail.</summary>
    public const string Security = "security";

    /// <summary>The site settings. Its children are the tabs of the settings pages.</summary>
    public const string Settings = "settings";

    /// <summary>Recipes, export.</summary>
    public const string System = "system";
}

/// <summary>
/// What a module adds to the admin menu (Orchard's INavigationProvider for "admin"). Register with
/// <c>services.AddScoped&lt;IAdminMenuProvider, X&gt;()</c>. Add entries with their permission: the
/// shell hides what the user may not open, and a group left with nothing visible.
/// </summary>
public interface IAdminMenuProvider
{
    Task BuildAsync(AdminMenuItem root, CancellationToken ct);
}
