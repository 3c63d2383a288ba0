using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Localization;

namespace UstaOrchard.Core.Recipes;

/// <summary>A recipe in Orchard's format: a description and an ordered list of steps.</summary>
public sealed partial class Recipe
{
    public string Name { get; init; } = "";
    public string DisplayName { get; init; } = "";
    public string Description { get; init; } = "";
    public string Author { get; init; } = "";
    public string Website { get; init; } = "";
    public string Version { get; init; } = "";
    public bool IsSetupRecipe { get; init; }
    public IReadOnlyList<string> Categories { get; init; } = [];
    public IReadOnlyList<string> Tags { get; init; } = [];
    public JsonObject Variables { get; init; } = new();
    public IReadOnlyList<JsonObject> Steps { get; init; } = [];

    /// <summary>The folder of the recipe file: <c>[file:…]</c> and media paths are relative to it.</summary>
    public string? BasePath { get; init; }

    // Parsing happens before any container exists (the command line, setup), so the strings table is read directly.
    private static readonly IStringLocalizer S = new JsonStringLocalizerFactory().Create(typeof(Recipe));

    private static readonly JsonNodeOptions NodeOptions = new() { PropertyNameCaseInsensitive = true };
    private static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>
    /// Reads a recipe file. Every step's <c>data</c> list stays in the file and is read one item at a
    /// time while the step runs (<see cref="RecipeStepContext.ReadData"/>), so memory does not grow with it.
    /// </summary>
    public static Task<Recipe> LoadAsync(string path, CancellationToken ct = default)
    {
        if (!File.Exists(path)) throw new RecipeFormatException(path, S["file not found: {0}", Path.GetFullPath(path)]);
        return Task.Run(() => ReadFile(Path.GetFullPath(path)), ct);
    }

    /// <summary>
    /// Reads a recipe. The whole text is normalised to NFC first, so every Vietnamese string in it
    /// arrives composed; property names match without regard to case, as in Orchard.
    /// </summary>
    public static Recipe Parse(string json, string? basePath = null, string source = "recipe")
    {
        JsonObject root;
        try
        {
            root = JsonNode.Parse(json.Normalize(NormalizationForm.FormC), NodeOptions, DocumentOptions) as JsonObject
                   ?? throw new RecipeFormatException(source, S["the file is not a JSON object"]);
        }
        catch (JsonException e)
        {
            throw InvalidJson(source, e);
        }
        return FromRoot(root, basePath, source, new Dictionary<int, DataList>());
    }

    private static RecipeFormatException InvalidJson(string source, JsonException e)
    {
        // The parser's own explanation is English and names its internals: line and position say where to look.
        var line = (e.LineNumber ?? 0) + 1;
        var column = (e.BytePositionInLine ?? 0) + 1;
        return new(source, S["invalid JSON at line {0}, position {1}", line, column], line, column);
    }

    private static Recipe FromRoot(JsonObject root, string? basePath, string source, Dictionary<int, DataList> dataLists)
    {
        var steps = new List<JsonObject>();
        if (root.GetPropertyIgnoreCase("steps") is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                steps.Add(array[i] as JsonObject ?? throw new RecipeFormatException(source, S["step {0} is not a JSON object", i + 1]));
            }
        }
        else if (root.GetPropertyIgnoreCase("steps") is not null)
        {
            throw new RecipeFormatException(source, S["\"steps\" must be a list"]);
        }

        return new Recipe
        {
            Name = root.GetString("name") ?? "",
            DisplayName = root.GetString("displayName") ?? "",
            Description = root.GetString("description") ?? "",
            Author = root.GetString("author") ?? "",
            Website = root.GetString("website") ?? "",
            Version = root.GetString("version") ?? "",
            IsSetupRecipe = root.GetPropertyIgnoreCase("issetuprecipe") is JsonValue setup && ReadBool(setup),
            Categories = ReadStrings(root.GetPropertyIgnoreCase("categories")),
            Tags = ReadStrings(root.GetPropertyIgnoreCase("tags")),
            Variables = root.GetPropertyIgnoreCase("variables") as JsonObject ?? new JsonObject(),
            Steps = steps,
            BasePath = basePath,
            DataLists = dataLists,
        };
    }

    private static bool ReadBool(JsonValue value)
        => value.TryGetValue<bool>(out var b) ? b : value.TryGetValue<string>(out var s) && bool.TryParse(s, out b) && b;

    private static IReadOnlyList<string> ReadStrings(JsonNode? node)
        => node is JsonArray array ? array.Select(n => n?.ToString() ?? "").Where(s => s.Length > 0).ToList() : [];
}
