using System.Text.Json.Nodes;
using Usta.Contents;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Definitions;

namespace Usta.Articles;

public sealed class Migrations(ContentDefinitionManager definitions) : IDataMigration
{
    public string ModuleId => ArticlesStartup.Id;
    public int Version => 1;

    public async Task MigrateAsync(int fromVersion, CancellationToken ct)
    {
        if (fromVersion >= 1) return;
        await definitions.SavePartAsync(new ContentPartDefinition
        {
            Name = ArticlesStartup.ContentType,
            ContentPartFieldDefinitionRecords =
            [
                Definitions.Field(nameof(TextField), nameof(ArticlePart.Lead), "Sapo", 1),
                Definitions.Field(nameof(TextField), nameof(ArticlePart.Byline), "Tác giả", 2),
                Definitions.Field(nameof(MediaField), nameof(ArticlePart.Image), "Ảnh đại diện", 3),
                Definitions.Field(nameof(TaxonomyField), nameof(ArticlePart.Categories), "Chuyên mục", 4),
                Definitions.Field(nameof(BooleanField), nameof(ArticlePart.Featured), "Tin nổi bật", 5),
            ],
        }, ct);
        await definitions.SaveTypeAsync(Definitions.Type(ArticlesStartup.ContentType, "Tin bài",
            Definitions.Part(nameof(TitlePart), 1),
            Definitions.Part(nameof(AutoroutePart), 2, new JsonObject { ["AutoroutePartSettings"] = new JsonObject { ["Prefix"] = "tin-tuc" } }),
            Definitions.Part(ArticlesStartup.ContentType, 3),
            Definitions.Part(nameof(HtmlBodyPart), 4)), ct);
    }
}
