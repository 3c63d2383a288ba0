namespace UstaOrchard.Core.Recipes.Export;

/// <summary>Which versions of each item an export holds.</summary>
public enum ContentExportVersions
{
    /// <summary>The version readers see.</summary>
    Published,

    /// <summary>The published version and a newer draft: what editors see.</summary>
    PublishedAndDrafts,

    /// <summary>Every stored version, the recycle bin's items included: a backup.</summary>
    AllVersions,
}

/// <summary>Which media files an export holds.</summary>
public enum MediaExportScope
{
    None,

    /// <summary>The files the exported versions name (fields and HTML).</summary>
    Referenced,

    /// <summary>The whole library.</summary>
    All,
}

/// <summary>What to export (Orchard's deployment plan, simplified).</summary>
public sealed record RecipeExportOptions
{
    /// <summary>The recipe's name (its <c>name</c>).</summary>
    public string Name { get; init; } = "export";

    /// <summary>Content of these types; null exports every type, empty none.</summary>
    public IReadOnlySet<string>? ContentTypes { get; init; }

    public ContentExportVersions Versions { get; init; } = ContentExportVersions.PublishedAndDrafts;
    public bool ContentDefinitions { get; init; } = true;
    public bool Settings { get; init; } = true;
    public bool Roles { get; init; } = true;

    /// <summary>Users with their password hashes and security stamps, so that a restore keeps their logins.</summary>
    public bool Users { get; init; } = true;

    public MediaExportScope Media { get; init; } = MediaExportScope.None;

    /// <summary>The whole site, every version and every file: what a backup holds.</summary>
    public static RecipeExportOptions WholeSite(string name = "backup") => new()
    {
        Name = name,
        Versions = ContentExportVersions.AllVersions,
        Media = MediaExportScope.All,
    };

    public bool ExportsType(string contentType) => ContentTypes is null || ContentTypes.Contains(contentType);
}
