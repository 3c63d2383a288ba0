using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using UstaOrchard.Core.Contents;

namespace UstaOrchard.Core.Recipes;

// Reading a recipe file without holding its data lists in memory.
public sealed partial class Recipe
{
    /// <summary>The property of a step whose list is read item by item (Orchard's <c>Content</c> step's items).</summary>
    public const string DataProperty = "data";

    private static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>Data lists left in the file, by step (0-based): where the list starts and how many items it holds.</summary>
    private IReadOnlyDictionary<int, DataList> DataLists { get; init; } = new Dictionary<int, DataList>();

    private sealed record DataList(string File, long Offset, int Count, long Line = 1, long Column = 1);

    /// <summary>
    /// The items of step <paramref name="stepIndex"/>'s (1-based) <c>data</c> list, as written (not evaluated);
    /// null when the step has no list there.
    /// </summary>
    public IAsyncEnumerable<JsonNode?>? ReadData(int stepIndex, CancellationToken ct = default)
    {
        if (DataLists.TryGetValue(stepIndex - 1, out var list)) return ReadFileList(list, ct);
        return stepIndex >= 1 && stepIndex <= Steps.Count && Steps[stepIndex - 1].GetPropertyIgnoreCase(DataProperty) is JsonArray array
            ? Enumerate(array)
            : null;
    }

    /// <summary>A step without its data list: what the executor evaluates before the step runs.</summary>
    public static JsonObject WithoutData(JsonObject step)
        => new(step.Where(p => !(string.Equals(p.Key, DataProperty, StringComparison.OrdinalIgnoreCase) && p.Value is JsonArray))
            .Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())), step.Options);

    private static async IAsyncEnumerable<JsonNode?> Enumerate(JsonArray array)
    {
        foreach (var item in array) yield return item;
        await Task.CompletedTask;
    }

    private static async IAsyncEnumerable<JsonNode?> ReadFileList(DataList list, [EnumeratorCancellation] CancellationToken ct)
    {
        var stream = new FileStream(list.File, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        stream.Seek(list.Offset, SeekOrigin.Begin);
        using var reader = new JsonStreamReader(stream, ReaderOptions);
        reader.Read();
        for (var i = 0; i < list.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            yield return ParseValue(reader.ReadValue());
        }
        await Task.CompletedTask;
    }

    private static Recipe ReadFile(string path)
    {
        var source = Path.GetFileName(path);
        try
        {
            using var reader = new JsonStreamReader(OpenSkippingBom(path), ReaderOptions);
            if (reader.Peek() != JsonTokenType.StartObject)
            {
                reader.ReadValue();
                throw new RecipeFormatException(source, S["the file is not a JSON object"]);
            }
            reader.Read();
            var root = new JsonObject(NodeOptions);
            var dataLists = new Dictionary<int, DataList>();
            while (reader.Read() is { Type: JsonTokenType.PropertyName } property)
            {
                var name = Nfc(property.Text!);
                if (string.Equals(name, "steps", StringComparison.OrdinalIgnoreCase) && reader.Peek() == JsonTokenType.StartArray)
                    root[name] = ReadSteps(reader, path, dataLists);
                else
                    root[name] = ParseValue(reader.ReadValue());
            }
            if (reader.Read().Type != JsonTokenType.None) throw new RecipeFormatException(source, S["the file is not a JSON object"]);
            return FromRoot(root, Path.GetDirectoryName(path), source, dataLists);
        }
        catch (JsonException e)
        {
            throw InvalidJson(source, e);
        }
        catch (JsonStreamReader.ValueTooLargeException e)
        {
            throw new RecipeFormatException(source, S["a single value from byte {0} on is larger than {1} MiB", e.Offset, JsonStreamReader.MaxValueBytes / 1024 / 1024]);
        }
    }

    // Editors on Windows save UTF-8 with a byte order mark, which the JSON reader refuses.
    private static FileStream OpenSkippingBom(string path)
    {
        var stream = File.OpenRead(path);
        Span<byte> start = stackalloc byte[3];
        var read = stream.ReadAtLeast(start, 3, throwOnEndOfStream: false);
        stream.Position = read == 3 && start.SequenceEqual(Encoding.UTF8.Preamble) ? 3 : 0;
        return stream;
    }

    private static JsonArray ReadSteps(JsonStreamReader reader, string path, Dictionary<int, DataList> dataLists)
    {
        reader.Read();
        var steps = new JsonArray(NodeOptions);
        while (reader.Peek() != JsonTokenType.EndArray)
        {
            if (reader.Peek() != JsonTokenType.StartObject)
            {
                steps.Add(ParseValue(reader.ReadValue()));
                continue;
            }
            reader.Read();
            var step = new JsonObject(NodeOptions);
            while (reader.Read() is { Type: JsonTokenType.PropertyName } property)
            {
                var name = Nfc(property.Text!);
                if (string.Equals(name, DataProperty, StringComparison.OrdinalIgnoreCase) && reader.Peek() == JsonTokenType.StartArray)
                {
                    // Checked through to the end now (a broken item fails before anything runs), read again when the step runs.
                    var start = reader.Read();
                    var count = 0;
                    while (reader.ReadValue().Type != JsonTokenType.EndArray) count++;
                    dataLists[steps.Count] = new DataList(path, start.Offset, count, start.Line, start.Column);
                }
                else
                {
                    step[name] = ParseValue(reader.ReadValue());
                }
            }
            steps.Add(step);
        }
        reader.Read();
        return steps;
    }

    // The whole value is normalised to NFC, as Parse does with the whole text.
    private static JsonNode? ParseValue(JsonStreamReader.Token token)
        => JsonNode.Parse(Nfc(Encoding.UTF8.GetString(token.Raw.Span)), NodeOptions, DocumentOptions);

    private static string Nfc(string text) => text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
}
