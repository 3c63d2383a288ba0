using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using UstaOrchard.Core.Recipes;

namespace UstaOrchard.UnitTests.Recipes;

public class RecipeTests
{
    [Fact]
    public void OrchardHeader_IsRead_WithCommentsAndAnyCase()
    {
        var recipe = Recipe.Parse("""
            {
              // Orchard allows comments
              "Name": "blog", "displayName": "Blog", "IsSetupRecipe": "true",
              "categories": ["default"], "tags": ["a", "b"],
              "steps": [ { "name": "feature" }, { "NAME": "Content", "Data": [] }, ],
            }
            """);

        Assert.Equal("blog", recipe.Name);
        Assert.True(recipe.IsSetupRecipe);
        Assert.Equal(["default"], recipe.Categories);
        Assert.Equal(2, recipe.Steps.Count);
        Assert.NotNull(recipe.Steps[1]["data"]);
    }

    [Fact]
    public void BrokenJson_SaysWhereTheErrorIs()
    {
        var error = Assert.Throws<RecipeFormatException>(() => Recipe.Parse("{\n  \"name\": \"x\",\n  \"steps\": [ { \"name\": } ]\n}", source: "x.recipe.json"));
        Assert.Contains("x.recipe.json", error.Message);
        Assert.Contains("line 3", error.Message);
    }

    [Fact]
    public void StepThatIsNotAnObject_IsNamedByNumber()
    {
        var error = Assert.Throws<RecipeFormatException>(() => Recipe.Parse("""{ "steps": [ { "name": "Settings" }, 42 ] }"""));
        Assert.Contains("step 2", error.Message);
    }

    [Fact]
    public void DecomposedText_IsComposedOnTheWayIn()
    {
        var recipe = Recipe.Parse($$"""{ "steps": [ { "name": "Settings", "SiteName": "{{"Đồng Nai".Normalize(NormalizationForm.FormD)}}" } ] }""");
        Assert.Equal("Đồng Nai", recipe.Steps[0]["SiteName"]!.GetValue<string>());
    }
}

public class RecipeExpressionsTests
{
    private static RecipeExpressions Expressions(string variablesJson, Dictionary<string, string?>? parameters = null, string? basePath = null)
    {
        var recipe = Recipe.Parse($$"""{ "variables": {{variablesJson}}, "steps": [] }""", basePath);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Site:Name"] = "Liên hiệp Hội" }).Build();
        return new RecipeExpressions(recipe, parameters ?? new Dictionary<string, string?>(), configuration);
    }

    [Fact]
    public void Variable_IsEvaluatedOnce_AndSharedByEveryUse()
    {
        var expressions = Expressions("""{ "blogId": "[js:uuid()]" }""");
        var step = JsonNode.Parse("""{ "a": "[js: variables('blogId')]", "b": ["[js:variables('blogId')]"] }""");

        var result = expressions.Evaluate(step)!;

        var a = result["a"]!.GetValue<string>();
        Assert.Matches("^[0-9a-z]{26}$", a);
        Assert.Equal(a, result["b"]![0]!.GetValue<string>());
    }

    [Fact]
    public void UuidInTwoPlaces_GivesTwoIds()
    {
        var result = Expressions("{}").Evaluate(JsonNode.Parse("""["[js:uuid()]", "[js:uuid()]"]"""))!;
        Assert.NotEqual(result[0]!.GetValue<string>(), result[1]!.GetValue<string>());
    }

    [Fact]
    public void ParametersConfigurationAndBase64_Work()
    {
        var expressions = Expressions("{}", new() { ["AdminUsername"] = "quantri" });
        var base64 = Convert.ToBase64String(Encoding.UTF8.GetBytes("Đồng Nai"));
        var result = expressions.Evaluate(JsonNode.Parse($$"""
            { "user": "[js: parameters('AdminUsername')]", "site": "[js: configuration('Site:Name', 'x')]",
              "fallback": "[js: configuration('Setup:SiteName', 'mặc định')]", "text": "[js: base64('{{base64}}')]", "number": "[js: 6 * 7]",
              "plain": "không phải biểu thức [js]" }
            """))!;

        Assert.Equal("quantri", result["user"]!.GetValue<string>());
        Assert.Equal("Liên hiệp Hội", result["site"]!.GetValue<string>());
        Assert.Equal("mặc định", result["fallback"]!.GetValue<string>());
        Assert.Equal("Đồng Nai", result["text"]!.GetValue<string>());
        Assert.Equal(42, result["number"]!.GetValue<long>());
        Assert.Equal("không phải biểu thức [js]", result["plain"]!.GetValue<string>());
    }

    [Fact]
    public void FileText_ReadsBesideTheRecipe_AndNotOutsideIt()
    {
        var folder = Directory.CreateTempSubdirectory("usta-recipe-").FullName;
        File.WriteAllText(Path.Combine(folder, "snippet.html"), "<p>Liên kết</p>");
        var expressions = Expressions("{}", basePath: folder);

        Assert.Equal("<p>Liên kết</p>", expressions.Evaluate(JsonValue.Create("[file:text('snippet.html')]"))!.GetValue<string>());
        var error = Assert.Throws<RecipeStepException>(() => expressions.Evaluate(JsonValue.Create("[file:text('../../etc/passwd')]")));
        Assert.Contains("outside", error.Message);
    }

    [Fact]
    public void UndefinedVariable_IsNamed()
    {
        var error = Assert.Throws<RecipeStepException>(() => Expressions("{}").Evaluate(JsonValue.Create("[js: variables('missing')]")));
        Assert.Contains("missing", error.Message);
    }

    [Fact]
    public void BrokenScript_IsAnsweredWithTheExpression()
    {
        var error = Assert.Throws<RecipeStepException>(() => Expressions("{}").Evaluate(JsonValue.Create("[js: uuid(]")));
        Assert.Contains("uuid(", error.Message);
    }
}
