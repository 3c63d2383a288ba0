using System.Text;
using System.Text.Json.Nodes;
using UstaOrchard.Core.Recipes;

namespace UstaOrchard.UnitTests.Recipes;

/// <summary>A recipe file: its data lists stay in the file and are read item by item.</summary>
public sealed class RecipeFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("usta-recipe-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string json, bool bom = false)
    {
        var path = Path.Combine(_folder, "r.recipe.json");
        File.WriteAllText(path, json, new UTF8Encoding(bom));
        return path;
    }

    private static async Task<List<JsonNode?>> ReadAllAsync(IAsyncEnumerable<JsonNode?> items)
    {
        var list = new List<JsonNode?>();
        await foreach (var item in items) list.Add(item);
        return list;
    }

    [Fact]
    public async Task DataList_IsLeftOutOfTheStep_AndReadInOrder()
    {
        // Items larger than the reader's buffer cross its refills.
        var big = new string('x', 200_000);
        var recipe = await Recipe.LoadAsync(Write($$"""
            { "name": "big", // a comment
              "steps": [ { "name": "Settings", "SiteName": "A" },
                { "name": "Content", "Data": [ { "n": 1, "t": "{{big}}" }, { "n": 2 }, { "n": 3, "t": "{{big}}" }, ] } ] }
            """));

        Assert.Equal("big", recipe.Name);
        Assert.Null(recipe.Steps[1]["Data"]);
        Assert.Null(recipe.ReadData(1));
        var items = await ReadAllAsync(recipe.ReadData(2)!);
        Assert.Equal([1, 2, 3], items.Select(i => i!["n"]!.GetValue<int>()));
        Assert.Equal(big, items[2]!["t"]!.GetValue<string>());
    }

    [Fact]
    public async Task DecomposedTextInAnItem_IsComposed_AndAByteOrderMarkIsSkipped()
    {
        var recipe = await Recipe.LoadAsync(Write($$"""
            { "steps": [ { "name": "Content", "data": [ { "DisplayText": "{{"Đồng Nai".Normalize(NormalizationForm.FormD)}}" } ] } ] }
            """, bom: true));

        var items = await ReadAllAsync(recipe.ReadData(1)!);
        Assert.Equal("Đồng Nai", items[0]!["DisplayText"]!.GetValue<string>());
    }

    [Fact]
    public async Task BrokenItemDeepInTheList_FailsOnLoad_WithItsLine()
    {
        var items = string.Join(",\n", Enumerable.Range(0, 2000).Select(i => $$"""{ "n": {{i}} }"""));
        var path = Write("{ \"steps\": [ { \"name\": \"Content\", \"data\": [\n" + items + ",\n{ \"n\": } ] } ] }");

        var error = await Assert.ThrowsAsync<RecipeFormatException>(() => Recipe.LoadAsync(path));

        Assert.Contains("2002", error.Message);
    }

    [Fact]
    public async Task OneItemLargerThanTheReaderTakes_IsRefused_NotBuffered()
    {
        var path = Path.Combine(_folder, "huge.recipe.json");
        await using (var file = new StreamWriter(path, false, new UTF8Encoding(false)))
        {
            await file.WriteAsync("{ \"steps\": [ { \"name\": \"Content\", \"data\": [ { \"ok\": 1 }, { \"Body\": \"");
            var chunk = new string('a', 1024 * 1024);
            for (var i = 0; i < 130; i++) await file.WriteAsync(chunk);
            await file.WriteAsync("\" } ] } ] }");
        }

        var error = await Assert.ThrowsAsync<RecipeFormatException>(() => Recipe.LoadAsync(path));

        Assert.Contains("128 MiB", error.Message);
    }

    [Fact]
    public async Task StepContext_EvaluatesEachItemAsItIsRead()
    {
        var recipe = await Recipe.LoadAsync(Write("""{ "steps": [ { "name": "Content", "data": [ { "a": "[js: 1 + 1]" }, { "a": "x" } ] } ] }"""));
        var evaluated = 0;
        var context = new RecipeStepContext(recipe, 1, "Content", new JsonObject(), default)
        {
            Evaluate = node => { evaluated++; return node is JsonObject o && o["a"]!.GetValue<string>() == "[js: 1 + 1]" ? new JsonObject { ["a"] = 2 } : node?.DeepClone(); },
        };

        var items = new List<JsonNode?>();
        await foreach (var item in context.ReadData()!)
        {
            items.Add(item);
            Assert.Equal(items.Count, evaluated);
        }
        Assert.Equal(2, items[0]!["a"]!.GetValue<int>());
    }
}
