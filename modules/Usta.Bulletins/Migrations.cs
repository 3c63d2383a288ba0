using System.Text.Json.Nodes;
using Usta.Contents;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Definitions;

namespace Usta.Bulletins;

public sealed class Migrations(ContentDefinitionManager definitions) : IDataMigration
{
    public string ModuleId => BulletinsStartup.Id;
    public int Version => 1;

    public async Task MigrateAsync(int fromVersion, CancellationToken ct)
    {
        if (fromVersion >= 1) return;
        await definitions.SavePartAsync(new ContentPartDefinition { Name = nameof(BulletinPart) }, ct);
        await definitions.SaveTypeAsync(Definitions.Type(BulletinsStartup.ContentType, "Bản tin",
            Definitions.Part(nameof(TitlePart), 1),
            Definitions.Part(nameof(AutoroutePart), 2, new JsonObject { ["AutoroutePartSettings"] = new JsonObject { ["Prefix"] = "ban-tin" } }),
            Definitions.Part(nameof(BulletinPart), 3)), ct);
    }
}
