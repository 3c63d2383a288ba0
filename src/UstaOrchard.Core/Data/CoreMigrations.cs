using UstaOrchard.Core.Modules;

namespace UstaOrchard.Core.Data;

/// <summary>Core's own tables, changed on sites made before the change. Runs before every module's migrations.</summary>
public sealed class CoreMigrations(SchemaBuilder schema) : IDataMigration
{
    public string ModuleId => ModuleCatalog.CoreId;
    public int Version => 1;

    public async Task MigrateAsync(int fromVersion, CancellationToken ct)
    {
        // Version 1 (issue 7): who wrote a version, for the history.
        if (fromVersion < 1)
            await schema.AddColumnAsync("ContentItems", nameof(Contents.ContentItem.ModifiedBy), typeof(string), nullable: true, maxLength: 255, ct: ct);
    }
}
