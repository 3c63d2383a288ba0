using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Usta.Contents.Scheduling;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Definitions;

namespace Usta.Contents;

/// <summary>The common parts and the Page, Category, Link and Menu types; the columns added since.</summary>
public sealed class Migrations(ContentDefinitionManager definitions, SchemaBuilder schema, UstaDbContext db, ContentManager contents) : IDataMigration
{
    public string ModuleId => ContentsStartup.Id;
    public int Version => 5;

    public async Task MigrateAsync(int fromVersion, CancellationToken ct)
    {
        if (fromVersion < 1) await CreateAsync(ct);
        // A recipe may have defined the part already (with fields): keep that definition.
        if (fromVersion < 2 && await definitions.GetPartAsync(nameof(MarkdownBodyPart), ct) is null)
            await definitions.SavePartAsync(new ContentPartDefinition { Name = nameof(MarkdownBodyPart) }, ct);
        if (fromVersion < 3) await PlannedVersionsAsync(ct);
        if (fromVersion < 4) await RecordPublishedPathsAsync(ct);
        if (fromVersion < 5) await MenusAsync(fromVersion, ct);
    }

    // The main menu became data: a site made before keeps the menu it showed; a new site gets its menu from the setup recipe.
    private async Task MenusAsync(int fromVersion, CancellationToken ct)
    {
        await Menus.MenuDefinitions.SaveAsync(definitions, ct);
        if (fromVersion >= 1) await new Menus.MainMenuSeed(db, contents).CreateAsync(ct);
    }

    // Items published before paths were kept: their current paths are recorded, so that their next
    // path change leaves a redirect behind. One statement, however many items.
    private Task RecordPublishedPathsAsync(CancellationToken ct) => db.Database.ExecuteSqlRawAsync(
        "INSERT INTO \"AutorouteRedirects\" (\"Path\", \"ContentItemId\") " +
        "SELECT \"Path\", MIN(\"ContentItemId\") FROM \"AutorouteIndex\" WHERE \"Published\" = {0} GROUP BY \"Path\" " +
        "ON CONFLICT (\"Path\") DO NOTHING", [true], ct);

    // A plan publishes the version it was made for: plans made before that rule get the version latest now.
    private async Task PlannedVersionsAsync(CancellationToken ct)
    {
        const string table = "ScheduledPublications";
        await schema.AddColumnAsync(table, nameof(ScheduledPublicationRecord.ContentItemVersionId), typeof(string), nullable: false, maxLength: 26, defaultValue: "", ct: ct);
        await schema.AddColumnAsync(table, nameof(ScheduledPublicationRecord.VersionModifiedUtc), typeof(DateTime), nullable: true, ct: ct);
        foreach (var plan in await db.Set<ScheduledPublicationRecord>().Where(p => p.ContentItemVersionId == "").ToListAsync(ct))
        {
            var latest = await db.ContentItems.AsNoTracking().Where(x => x.ContentItemId == plan.ContentItemId && x.Latest)
                .Select(x => new { x.ContentItemVersionId, x.ModifiedUtc }).FirstOrDefaultAsync(ct);
            if (latest is null) continue;
            plan.ContentItemVersionId = latest.ContentItemVersionId;
            plan.VersionModifiedUtc = latest.ModifiedUtc;
        }
        await db.SaveChangesAsync(ct);
    }

    private async Task CreateAsync(CancellationToken ct)
    {
        foreach (var part in new[] { nameof(TitlePart), nameof(AutoroutePart), nameof(HtmlBodyPart), nameof(CategoryPart), nameof(LinkPart) })
            await definitions.SavePartAsync(new ContentPartDefinition { Name = part }, ct);

        await definitions.SaveTypeAsync(Definitions.Type(ContentTypes.Page, "Trang",
            Definitions.Part(nameof(TitlePart), 1),
            Definitions.Part(nameof(AutoroutePart), 2),
            Definitions.Part(nameof(HtmlBodyPart), 3)), ct);
        await definitions.SaveTypeAsync(Definitions.Type(ContentTypes.Category, "Chuyên mục",
            Definitions.Part(nameof(TitlePart), 1),
            Definitions.Part(nameof(AutoroutePart), 2, new JsonObject { ["AutoroutePartSettings"] = new JsonObject { ["Prefix"] = "chuyen-muc" } }),
            Definitions.Part(nameof(CategoryPart), 3)), ct);
        await definitions.SaveTypeAsync(Definitions.Type(ContentTypes.Link, "Liên kết website",
            Definitions.Part(nameof(TitlePart), 1),
            Definitions.Part(nameof(LinkPart), 2)), ct);
    }
}

/// <summary>Small builders that modules' migrations share to write definitions in Orchard's shape.</summary>
public static class Definitions
{
    public static ContentTypeDefinition Type(string name, string displayName, params ContentTypePartDefinition[] parts) => new()
    {
        Name = name,
        DisplayName = displayName,
        Settings = new JsonObject
        {
            ["ContentTypeSettings"] = new JsonObject { ["Creatable"] = true, ["Listable"] = true, ["Draftable"] = true, ["Versionable"] = true },
        },
        ContentTypePartDefinitionRecords = parts.ToList(),
    };

    public static ContentTypePartDefinition Part(string name, int position, JsonObject? settings = null)
    {
        var all = settings ?? new JsonObject();
        all["ContentTypePartSettings"] = new JsonObject { ["Position"] = position.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        return new ContentTypePartDefinition { PartName = name, Name = name, Settings = all };
    }

    public static ContentPartFieldDefinition Field(string fieldName, string name, string displayName, int position) => new()
    {
        FieldName = fieldName,
        Name = name,
        Settings = new JsonObject
        {
            ["ContentPartFieldSettings"] = new JsonObject
            {
                ["DisplayName"] = displayName,
                ["Position"] = position.ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
        },
    };
}
