using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;

namespace UstaOrchard.Core.Recipes;

/// <summary>One item of a step's data list with where it starts in the recipe file (null for a recipe given as text).</summary>
public sealed record RecipeDataItem(JsonNode? Item, long? Line, long? Column);

// Reading a data list with each item's place in the file, for the validation's messages.
public sealed partial class Recipe
{
    /// <summary>
    /// Like <see cref="ReadData"/>, with each item's line and column in the file: a recipe file's list
    /// is read from the file one item at a time; a parsed recipe's items have no line.
    /// </summary>
    public IAsyncEnumerable<RecipeDataItem>? ReadDataWithPositions(int stepIndex, CancellationToken ct = default)
    {
        if (DataLists.TryGetValue(stepIndex - 1, out var list)) return ReadFileListWithPositions(list, ct);
        return ReadData(stepIndex, ct) is { } items ? WithoutPositions(items) : null;
    }

    private static async IAsyncEnumerable<RecipeDataItem> WithoutPositions(IAsyncEnumerable<JsonNode?> items)
    {
        await foreach (var item in items) yield return new RecipeDataItem(item, null, null);
    }

    private static async IAsyncEnumerable<RecipeDataItem> ReadFileListWithPositions(DataList list, [EnumeratorCancellation] CancellationToken ct)
    {
        var stream = new FileStream(list.File, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        stream.Seek(list.Offset, SeekOrigin.Begin);
        using var reader = new JsonStreamReader(stream, ReaderOptions, list.Line, list.Column);
        reader.Read();
        for (var i = 0; i < list.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            var token = reader.ReadValue();
            yield return new RecipeDataItem(ParseValue(token), token.Line, token.Column);
        }
        await Task.CompletedTask;
    }
}
