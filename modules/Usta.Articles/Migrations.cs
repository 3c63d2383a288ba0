using System.Text.Json.Nodes;
using Usta.Contents;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Definitions;

namespace Usta.Articles;

public sealed class Migrations(ContentDefinitionManager definitions, SchemaBuilder schema) : IDataMigration
{
    public string ModuleId => ArticlesStartup.Id;
    public int Version => 2;

    public async Task MigrateAsync(int fromVersion, CancellationToken ct)
    {
        if (fromVersion < 1) await CreateAsync(ct);
        // A new site's tables come from the model already, and it has no rows to fill.
        if (fromVersion == 1) await ListColumnsAsync(ct);
    }

    // Lists show rows of the index (title, path, lead, picture) instead of loading every listed
    // document with its HTML body; the rows are filled again from the stored items at the end of the start.
    private async Task ListColumnsAsync(CancellationToken ct)
    {
        const string table = "ArticleIndex";
        await schema.AddColumnAsync(table, nameof(ArticleIndex.Title), typeof(string), nullable: false, maxLength: ArticlesDbModel.MaxTitleLength, defaultValue: "", ct: ct);
        await schema.AddColumnAsync(table, nameof(ArticleIndex.Path), typeof(string), nullable: false, maxLength: AutoroutePartHandler.MaxPathLength, defaultValue: "", ct: ct);
        await schema.AddColumnAsync(table, nameof(ArticleIndex.Lead), typeof(string), ct: ct);
        await schema.AddColumnAsync(table, nameof(ArticleIndex.ImagePath), typeof(string), maxLength: ArticlesDbModel.MaxImagePathLength, ct: ct);
        await schema.AddColumnAsync(table, nameof(ArticleIndex.ImageAlt), typeof(string), ct: ct);
        // The list indexes now end with the item id (the tie-break); the start creates them, the old ones go.
        await schema.DropIndexAsync(table, "IX_ArticleIndex_Published_PublishedUtc", ct);
        await schema.DropIndexAsync("ArticleCategoryIndex", "IX_ArticleCategoryIndex_CategoryId_Published_PublishedUtc", ct);
        schema.RequestIndexRebuild(ArticlesStartup.Id);
    }

    private async Task CreateAsync(CancellationToken ct)
    {
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
