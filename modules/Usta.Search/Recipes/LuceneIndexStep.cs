using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Localization;
using Usta.Search.Indexing;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Definitions;
using UstaOrchard.Core.Recipes;

namespace Usta.Search.Recipes;

/// <summary>
/// <c>lucene-index</c> in Orchard's shape: <c>{ "Indices": [ { "Search": { "AnalyzerName", "IndexLatest",
/// "IndexedContentTypes": [...] } } ] }</c>. Creates or updates each definition; a change to what an index
/// holds asks every node to rebuild it (the definition's generation), an unchanged one costs nothing.
/// </summary>
public sealed class LuceneIndexStep(SearchIndexManager indexes, ContentDefinitionManager definitions, IStringLocalizer<SearchStartup> S)
    : IRecipeStepHandler
{
    // Orchard's other keys: a Lucene culture and a stored copy of the item. Our analyzer is Vietnamese and
    // the documents keep what the page shows, so both are read and passed over, and Orchard's files apply.
    private static readonly string[] OrchardOnlyKeys = ["Culture", "StoreSourceData"];
    private static readonly string[] Keys = ["AnalyzerName", "IndexLatest", "IndexedContentTypes", .. OrchardOnlyKeys];

    public string Name => "lucene-index";

    public async Task<string> ExecuteAsync(RecipeStepContext context)
    {
        if (context.Step.GetPropertyIgnoreCase("Indices") is not JsonArray list)
            throw new RecipeStepException(S["the step has no \"Indices\" list"]);

        var names = new List<string>();
        foreach (var entry in list)
        {
            if (entry is not JsonObject indices) throw new RecipeStepException(S["each entry of \"Indices\" must be an object whose keys are index names"]);
            foreach (var (name, settings) in indices)
            {
                var definition = await ReadAsync(name, settings, context.CancellationToken);
                var stored = await indexes.GetAsync(name, context.CancellationToken);
                await indexes.SaveAsync(definition, context.CancellationToken);
                context.Record(RecipeSubjects.Index, Kind(stored, definition), name);
                names.Add(name);
            }
        }
        return S["{0} search indexes: {1}", names.Count, string.Join(", ", names)];
    }

    // What SaveAsync compares: a definition holding the same things is left alone (no rebuild).
    private static RecipeChangeKind Kind(SearchIndexDefinition? stored, SearchIndexDefinition incoming)
        => stored is null ? RecipeChangeKind.Created
            : stored.AnalyzerName == SearchIndexManager.AnalyzerOf(incoming.AnalyzerName)
              && stored.IndexLatest == incoming.IndexLatest
              && stored.IndexedContentTypes.Distinct().Order(StringComparer.Ordinal)
                  .SequenceEqual(incoming.IndexedContentTypes.Distinct().Order(StringComparer.Ordinal))
                ? RecipeChangeKind.Unchanged
                : RecipeChangeKind.Updated;

    private async Task<SearchIndexDefinition> ReadAsync(string name, JsonNode? node, CancellationToken ct)
    {
        if (!SearchIndexManager.IsValidName(name))
            throw new RecipeStepException(S["'{0}' is not a valid index name (at most {1} letters, digits, '-' or '_')", name, SearchIndexManager.MaxNameLength], name);
        // One folder per index on every node, and folders may ignore case: "search" beside "Search" is refused.
        if (await indexes.NameDifferingInCaseAsync(name, ct) is { } existing)
            throw new RecipeStepException(S["the index '{0}' differs only in case from the index '{1}': use '{1}' or another name", name, existing], name);
        if (node is not JsonObject settings)
            throw new RecipeStepException(S["the index '{0}' must be an object with \"AnalyzerName\", \"IndexLatest\" and \"IndexedContentTypes\"", name], name);
        foreach (var (key, _) in settings)
        {
            if (!Keys.Contains(key, StringComparer.OrdinalIgnoreCase))
                throw new RecipeStepException(S["the index '{0}' has an unknown key \"{1}\" (known: {2})", name, key, string.Join(", ", Keys)], name);
        }

        var analyzerNode = settings.GetPropertyIgnoreCase("AnalyzerName");
        var analyzerName = analyzerNode is null ? null : analyzerNode is JsonValue a && a.TryGetValue<string>(out var text) ? text
            : throw new RecipeStepException(S["the index '{0}': \"AnalyzerName\" must be text", name], name);
        var analyzer = SearchIndexManager.AnalyzerOf(analyzerName)
            ?? throw new RecipeStepException(S["the index '{0}': the analyzer '{1}' is not known (use vietnamese or standardanalyzer)", name, analyzerName!], name);

        var latest = settings.GetPropertyIgnoreCase("IndexLatest") switch
        {
            null => false,
            JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => v.GetValue<bool>(),
            var other => throw new RecipeStepException(S["the index '{0}': \"IndexLatest\" must be true or false, not {1}", name, other.ToJsonString()], name),
        };

        if (settings.GetPropertyIgnoreCase("IndexedContentTypes") is not JsonArray typeList || typeList.Count == 0)
            throw new RecipeStepException(S["the index '{0}' must list its content types in \"IndexedContentTypes\"", name], name);
        var types = new List<string>();
        foreach (var typeNode in typeList)
        {
            if (typeNode is not JsonValue t || !t.TryGetValue<string>(out var type) || string.IsNullOrWhiteSpace(type))
                throw new RecipeStepException(S["the index '{0}': each of \"IndexedContentTypes\" must be a content type's name", name], name);
            var defined = await definitions.GetTypeAsync(type, ct)
                ?? throw new RecipeStepException(S["the index '{0}': the content type '{1}' is not defined", name, type], name);
            types.Add(defined.Name);
        }
        return new SearchIndexDefinition(name, analyzer, latest, types);
    }
}
