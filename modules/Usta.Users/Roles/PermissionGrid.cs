using UstaOrchard.Core.Definitions;
using UstaOrchard.Core.Security;

namespace Usta.Users.Roles;

/// <summary>One checkbox: the permission, whether the role holds it, and whether another it holds grants it.</summary>
public sealed record PermissionCell(string Name, string Label, bool Held, bool Implied);

/// <summary>A module's permissions (Administration, Search, …), one checkbox each.</summary>
public sealed record PermissionSection(string Title, IReadOnlyList<PermissionCell> Cells);

/// <summary>A row of the content table: every type (<see cref="ContentType"/> null) or one type, a cell per verb.</summary>
public sealed record ContentRow(string? ContentType, string Label, IReadOnlyList<PermissionCell> Cells);

/// <summary>The roles editor's grid: module sections, then content verbs (columns) by type (rows).</summary>
public sealed record PermissionGridView(IReadOnlyList<PermissionSection> Sections, IReadOnlyList<string> VerbLabels, IReadOnlyList<ContentRow> ContentRows)
{
    public IEnumerable<PermissionCell> AllCells => Sections.SelectMany(s => s.Cells).Concat(ContentRows.SelectMany(r => r.Cells));
}

/// <summary>
/// Builds the grid from every <see cref="IPermissionProvider"/> (their descriptions and groups are
/// already localized by their modules) and the stored content types, and says which names may be saved.
/// </summary>
public sealed class PermissionGrid(IEnumerable<IPermissionProvider> providers, ContentDefinitionManager definitions)
{
    /// <summary>Every permission name this site lists: the only names a save may store.</summary>
    public async Task<IReadOnlySet<string>> KnownAsync(CancellationToken ct)
        => (await ListAsync(ct)).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);

    /// <param name="held">The role's permissions; <paramref name="everything"/> for the Administrator role.</param>
    public async Task<PermissionGridView> BuildAsync(IReadOnlySet<string> held, bool everything, CancellationToken ct)
    {
        var all = await ListAsync(ct);
        PermissionCell Cell(string name, string label)
        {
            var has = everything || held.Contains(name);
            return new PermissionCell(name, label, has, !has && held.Any(h => ContentPermissions.Grants(h, name)));
        }

        // Content verbs (generic or per type) go in the table; everything else by its module's group.
        var sections = all.Where(p => !ContentPermissions.TryParse(p.Name, out _, out _))
            .GroupBy(p => p.Group)
            .Select(g => new PermissionSection(g.Key, g.Select(p => Cell(p.Name, p.Description)).ToList()))
            .ToList();

        var verbLabels = ContentPermissions.Verbs
            .Select(v => all.FirstOrDefault(p => p.Name == v)?.Description ?? v).ToList();
        var rows = new List<ContentRow> { new(null, "", ContentPermissions.Verbs.Select((v, i) => Cell(v, verbLabels[i])).ToList()) };
        foreach (var type in (await definitions.ListTypesAsync(ct)).OrderBy(t => DisplayName(t), StringComparer.CurrentCultureIgnoreCase))
        {
            rows.Add(new ContentRow(type.Name, DisplayName(type),
                ContentPermissions.Verbs.Select((v, i) => Cell(ContentPermissions.ForType(v, type.Name), verbLabels[i])).ToList()));
        }
        return new PermissionGridView(sections, verbLabels, rows);
    }

    private async Task<List<Permission>> ListAsync(CancellationToken ct)
    {
        var list = new List<Permission>();
        foreach (var provider in providers) list.AddRange(await provider.GetPermissionsAsync(ct));
        return list.DistinctBy(p => p.Name, StringComparer.Ordinal).ToList();
    }

    private static string DisplayName(ContentTypeDefinition type) => string.IsNullOrWhiteSpace(type.DisplayName) ? type.Name : type.DisplayName;
}
