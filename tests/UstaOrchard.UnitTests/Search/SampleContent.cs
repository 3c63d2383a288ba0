using System.Text.Json.Nodes;
using Usta.Search.Indexing;
using UstaOrchard.Core.Contents;
using UstaOrchard.UnitTests.Localization;

namespace UstaOrchard.UnitTests.Search;

/// <summary>
/// The published Articles, Bulletins and Pages of recipes/usta-setup.recipe.json as the index
/// holds them (mapped by <see cref="SearchDocumentBuilder.Build"/>), so search tests follow the sample.
/// </summary>
public static class SampleContent
{
    private static readonly string[] Indexed = ["Article", "Bulletin", "Page"];

    public static IReadOnlyList<SearchDocument> Documents { get; } = Load();

    private static IReadOnlyList<SearchDocument> Load()
    {
        var path = Path.Combine(StringsTableTests.RepositoryRoot(), "recipes", "usta-setup.recipe.json");
        var recipe = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        var items = recipe["steps"]!.AsArray().OfType<JsonObject>()
            .Where(s => string.Equals((string?)s["name"], "Content", StringComparison.OrdinalIgnoreCase))
            .SelectMany(s => s["data"]!.AsArray().OfType<JsonObject>())
            .Select(ContentItemJson.FromJson)
            .Where(i => i.Published)
            .ToList();
        var categories = items.Where(i => i.ContentType == "Category").ToDictionary(i => i.ContentItemId, i => i.DisplayText);
        return items.Where(i => Indexed.Contains(i.ContentType)).Select(i => SearchDocumentBuilder.Build(i, categories)).ToList();
    }
}
