using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using UstaOrchard.Core.Recipes;

namespace UstaOrchard.UnitTests.Recipes;

/// <summary>
/// Recipe expressions with Orchard Core's meaning, case by case: what an Orchard recipe writes gives
/// here what it gives there. One deliberate difference: a value an expression returns is data and is
/// never evaluated again (Orchard loops while the result looks like an expression).
/// </summary>
public sealed class OrchardExpressionsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("usta-orchard-expressions-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private RecipeExpressions Expressions(string variablesJson = "{}", Dictionary<string, string?>? parameters = null)
    {
        var recipe = Recipe.Parse($$"""{ "variables": {{variablesJson}}, "steps": [] }""", _folder);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Site:Name"] = "Liên hiệp Hội",
        }).Build();
        return new RecipeExpressions(recipe, parameters ?? new Dictionary<string, string?>(), configuration);
    }

    private static string Text(JsonNode? node) => node!.GetValue<string>();

    [Theory]
    [InlineData(" [js: uuid()]")]
    [InlineData("[js: uuid()]\n")]
    [InlineData("[js:uuid()]")]
    public void ExpressionWithSpaceAround_IsEvaluated_AsOrchardTrimsIt(string value)
        => Assert.Matches("^[0-9a-z]{26}$", Text(Expressions().Evaluate(JsonValue.Create(value))));

    [Fact]
    public void ExpressionAmongOtherWords_IsLeftAsText_AsInOrchard()
        => Assert.Equal("Mã: [js: uuid()]", Text(Expressions().Evaluate(JsonValue.Create("Mã: [js: uuid()]"))));

    [Fact]
    public void Variable_IsEvaluatedOnce_AcrossSteps_AndMayUseParametersAndOtherVariables()
    {
        var expressions = Expressions("""
            { "blogId": "[js: uuid()]", "owner": "[js: parameters('AdminUsername')]", "label": "[js: 'Blog của ' + variables('owner')]" }
            """, new() { ["AdminUsername"] = "quantri" });

        var first = expressions.Evaluate(JsonNode.Parse("""{ "ContentItemId": "[js: variables('blogId')]" }"""))!;
        var second = expressions.Evaluate(JsonNode.Parse("""{ "ListPart": { "ContainerId": "[js: variables('blogId')]" }, "Title": "[js: variables('label')]" }"""))!;

        Assert.Equal(Text(first["ContentItemId"]), Text(second["ListPart"]!["ContainerId"]));
        Assert.Equal("Blog của quantri", Text(second["Title"]));
        Assert.Contains("AdminUsername", expressions.UsedParameters);
    }

    [Fact]
    public void MissingParameter_GivesNull_AsInOrchard()
        => Assert.Null(Expressions().Evaluate(JsonValue.Create("[js: parameters('AdminEmail')]")));

    [Fact]
    public void Configuration_GivesTheDefaultForAMissingKey_AndNullWithoutOne()
    {
        var result = Expressions().Evaluate(JsonNode.Parse("""
            { "set": "[js: configuration('Site:Name', 'mặc định')]", "missing": "[js: configuration('Site:BaseUrl', 'https://example.org')]",
              "bare": "[js: configuration('Site:Name')]", "none": "[js: configuration('Site:Culture')]" }
            """))!;

        Assert.Equal("Liên hiệp Hội", Text(result["set"]));
        Assert.Equal("https://example.org", Text(result["missing"]));
        Assert.Equal("Liên hiệp Hội", Text(result["bare"]));
        Assert.Null(result["none"]);
    }

    [Fact]
    public void JsBase64_DecodesUtf8Text_FileBase64_EncodesTheFile_FileText_ReadsIt()
    {
        var bytes = Encoding.UTF8.GetBytes("<p>Đồng Nai</p>");
        File.WriteAllBytes(Path.Combine(_folder, "body.html"), bytes);
        var result = Expressions().Evaluate(JsonNode.Parse($$"""
            { "decoded": "[js: base64('{{Convert.ToBase64String(bytes)}}')]", "file": "[file: base64('body.html')]", "text": "[file: text('body.html')]" }
            """))!;

        Assert.Equal("<p>Đồng Nai</p>", Text(result["decoded"]));
        Assert.Equal(Convert.ToBase64String(bytes), Text(result["file"]));
        Assert.Equal("<p>Đồng Nai</p>", Text(result["text"]));
    }

    [Fact]
    public void ExpressionsDeepInsideItems_AreReplaced_AndKeysAreLeftAlone()
    {
        var result = Expressions("""{ "id": "[js: uuid()]" }""").Evaluate(JsonNode.Parse("""
            { "[js: uuid()]": 1, "data": [ { "TermContentItemIds": [ "[js: variables('id')]" ] } ] }
            """))!.AsObject();

        Assert.True(result.ContainsKey("[js: uuid()]"));
        Assert.Matches("^[0-9a-z]{26}$", Text(result["data"]![0]!["TermContentItemIds"]![0]));
    }
}
