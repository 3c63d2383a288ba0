using Microsoft.Extensions.Localization;
using Usta.Search.Indexing;
using UstaOrchard.Core.Recipes.Export;

namespace Usta.Search.Recipes;

/// <summary>
/// <c>lucene-index</c>: every index definition, as <see cref="LuceneIndexStep"/> applies it. The indexes
/// themselves are not exported: the site that applies the recipe builds them from its content. It goes
/// with the definitions, since it names content types.
/// </summary>
public sealed class LuceneIndexExporter(SearchIndexManager indexes, IStringLocalizer<SearchStartup> S) : IRecipeStepExporter
{
    public string StepName => "lucene-index";
    public int Order => 15;

    public async Task ExportAsync(RecipeExportContext context)
    {
        if (!context.Options.Settings) return;
        var all = await indexes.ListAsync(context.CancellationToken);
        // An index over types the recipe does not define would not apply to a site that lacks them.
        var exported = all.Where(i => i.IndexedContentTypes.Count > 0 && i.IndexedContentTypes.All(context.Options.ExportsType)).ToList();
        if (exported.Count == 0) return;
        var writer = context.Writer;
        writer.WriteStartObject();
        writer.WriteString("name", StepName);
        writer.WriteStartArray("Indices");
        foreach (var index in exported)
        {
            writer.WriteStartObject();
            writer.WriteStartObject(index.Name);
            writer.WriteString("AnalyzerName", index.AnalyzerName);
            writer.WriteBoolean("IndexLatest", index.IndexLatest);
            writer.WriteStartArray("IndexedContentTypes");
            foreach (var type in index.IndexedContentTypes) writer.WriteStringValue(type);
            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
        context.Summarise(StepName, S["{0} search indexes", exported.Count]);
    }
}
