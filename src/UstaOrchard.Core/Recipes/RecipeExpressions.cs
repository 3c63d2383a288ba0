using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Jint;
using Microsoft.Extensions.Configuration;
using UstaOrchard.Core.Contents;

namespace UstaOrchard.Core.Recipes;

/// <summary>
/// Evaluates Orchard's <c>[js: …]</c> and <c>[file: …]</c> strings in a recipe with Jint:
/// <c>uuid()</c>, <c>variables('name')</c> (each evaluated once), <c>parameters('name')</c>,
/// <c>configuration('Key', 'default')</c>, <c>base64</c>, <c>html</c>, <c>gzip</c> and <c>text('file')</c>.
/// </summary>
public sealed partial class RecipeExpressions
{
    private const int MaxRounds = 16;
    private readonly Engine _engine;
    private readonly Recipe _recipe;
    private readonly Dictionary<string, JsonNode?> _variables = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _usedParameters = new(StringComparer.OrdinalIgnoreCase);

    public RecipeExpressions(Recipe recipe, IReadOnlyDictionary<string, string?> parameters, IConfiguration configuration)
    {
        _recipe = recipe;
        _engine = new Engine(options => options.LimitRecursion(64).TimeoutInterval(TimeSpan.FromSeconds(5)));
        _engine.SetValue("uuid", new Func<string>(IdGenerator.NewId));
        _engine.SetValue("variables", new Func<string, object?>(name => ToClr(Variable(name))));
        _engine.SetValue("parameters", new Func<string, string?>(name =>
        {
            _usedParameters.Add(name);
            return parameters.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
        }));
        _engine.SetValue("configuration", new Func<string, string?, string?>((key, fallback) => configuration[key] ?? fallback));
        _engine.SetValue("base64", new Func<string, string>(s => Encoding.UTF8.GetString(Convert.FromBase64String(s))));
        _engine.SetValue("html", new Func<string, string>(WebUtility.HtmlDecode));
        _engine.SetValue("gzip", new Func<string, string>(Gunzip));
        _engine.SetValue("text", new Func<string, string>(ReadText));
    }

    /// <summary>The parameters the recipe read so far (setup prints a generated password only if the recipe used it).</summary>
    public IReadOnlyCollection<string> UsedParameters => _usedParameters;

    /// <summary>A copy of <paramref name="node"/> with every expression string replaced by its value.</summary>
    public JsonNode? Evaluate(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.Select(p => KeyValuePair.Create(p.Key, Evaluate(p.Value))), obj.Options),
        JsonArray array => new JsonArray(array.Select(Evaluate).ToArray()),
        JsonValue value when value.TryGetValue<string>(out var text) => EvaluateString(text),
        _ => node?.DeepClone(),
    };

    private JsonNode? EvaluateString(string text)
    {
        JsonNode? current = JsonValue.Create(text);
        for (var round = 0; round < MaxRounds; round++)
        {
            if (current is not JsonValue value || !value.TryGetValue<string>(out var s)) return current;
            var match = ExpressionPattern().Match(s);
            if (!match.Success) return current;
            var code = match.Groups["code"].Value;
            try
            {
                current = ToJson(_engine.Evaluate(code).ToObject());
            }
            catch (Exception e) when (e is JintException or Acornima.ParseErrorException or FormatException or IOException or UnauthorizedAccessException or RecipeStepException)
            {
                throw new RecipeStepException($"expression {s} failed: {e.Message}", s);
            }
        }
        return current;
    }

    private JsonNode? Variable(string name)
    {
        if (_variables.TryGetValue(name, out var known)) return known;
        var raw = _recipe.Variables.GetPropertyIgnoreCase(name)
                  ?? throw new RecipeStepException($"variable '{name}' is not defined in the recipe", name);
        var value = Evaluate(raw);
        _variables[name] = value;
        return value;
    }

    private string ReadText(string relativePath)
    {
        var root = Path.GetFullPath(_recipe.BasePath ?? Directory.GetCurrentDirectory());
        var full = Path.GetFullPath(Path.Combine(root, relativePath));
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new UnauthorizedAccessException($"'{relativePath}' is outside the recipe's folder");
        return File.ReadAllText(full, Encoding.UTF8).Normalize(NormalizationForm.FormC);
    }

    private static string Gunzip(string base64)
    {
        using var input = new MemoryStream(Convert.FromBase64String(base64));
        using var gzip = new GZipStream(input, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static object? ToClr(JsonNode? node) => node switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        JsonValue v when v.TryGetValue<double>(out var d) => d,
        _ => node.ToJsonString(),
    };

    private static JsonNode? ToJson(object? value) => value switch
    {
        null => null,
        string s => JsonValue.Create(s),
        bool b => JsonValue.Create(b),
        double d when d == Math.Floor(d) && Math.Abs(d) < long.MaxValue => JsonValue.Create((long)d),
        double d => JsonValue.Create(d),
        int i => JsonValue.Create(i),
        long l => JsonValue.Create(l),
        _ => JsonValue.Create(value.ToString()),
    };

    [GeneratedRegex(@"^\[(?:js|file):(?<code>.*)\]$", RegexOptions.Singleline)]
    private static partial Regex ExpressionPattern();
}
