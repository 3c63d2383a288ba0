using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Jint;
using Jint.Runtime;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Localization;
using UstaOrchard.Core.Recipes.Expressions;

namespace UstaOrchard.Core.Recipes;

/// <summary>
/// Evaluates Orchard's <c>[js: …]</c> and <c>[file: …]</c> strings in a recipe with Jint:
/// <c>uuid()</c>, <c>variables('name')</c> (each evaluated once), <c>parameters('name')</c>,
/// <c>configuration('Key', 'default')</c> (allowed keys only), <c>base64</c> (decodes), <c>html</c>, <c>gzip</c>
/// and <c>text('file')</c>; <c>[file: text('path')]</c> and <c>[file: base64('path')]</c> read a file
/// next to the recipe (<see cref="RecipeFiles"/>). One instance serves one recipe: its scripts share one time budget
/// (<see cref="RecipeLimits"/>), and a value an expression returns is never evaluated again.
/// </summary>
public sealed partial class RecipeExpressions
{
    private const int MaxShownChars = 80;
    private const uint MaxArrayElements = 1_000_000;

    // Built before any container exists in some callers (the command line), so the strings table is read directly.
    private static readonly IStringLocalizer S = new JsonStringLocalizerFactory().Create(typeof(RecipeExpressions));

    private readonly IReadOnlyDictionary<string, string?> _parameters;
    private Engine? _engine;
    private readonly Recipe _recipe;
    private readonly RecipeLimits _limits;
    private readonly RecipeConfiguration _configuration;
    private readonly RecipeFiles _files;
    private readonly ScriptTimeBudget _time;
    private readonly Dictionary<string, JsonNode?> _variables = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _evaluating = [];
    private readonly HashSet<string> _usedParameters = new(StringComparer.OrdinalIgnoreCase);
    private int _depth;

    public RecipeExpressions(Recipe recipe, IReadOnlyDictionary<string, string?> parameters, IConfiguration configuration)
    {
        _recipe = recipe;
        _limits = RecipeLimits.From(configuration);
        _configuration = new RecipeConfiguration(configuration);
        _files = new RecipeFiles(recipe);
        _time = new ScriptTimeBudget(_limits.ScriptTime);
        _parameters = parameters;
    }

    // Built at the first script, not with the recipe: Jint's engine lists and sorts every system time
    // zone by display name when it starts (1.5 s of CPU on the bench machine), and most recipes,
    // large content recipes among them, hold no script at all.
    private Engine Engine => _engine ??= CreateEngine();

    private Engine CreateEngine()
    {
        var engine = new Engine(options =>
        {
            options.LimitRecursion(64)
                .LimitMemory(_limits.ScriptMemoryBytes)
                .MaxStatements(_limits.ScriptStatements)
                .Constraint(_time);
            // Arrays and regular expressions a script sizes itself: a recipe needs neither large.
            options.Constraints.MaxArraySize = MaxArrayElements;
            options.Constraints.RegexTimeout = TimeSpan.FromSeconds(2);
        });
        AmplifierGuard.Install(engine, _limits.MaxDecodedBytes);
        engine.SetValue("uuid", new Func<string>(IdGenerator.NewId));
        engine.SetValue("variables", new Func<string, object?>(name => ToClr(Variable(name))));
        engine.SetValue("parameters", new Func<string, string?>(name =>
        {
            _usedParameters.Add(name);
            return _parameters.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
        }));
        engine.SetValue("configuration", new Func<string, string?, string?>(ReadConfiguration));
        engine.SetValue("base64", new Func<string, string>(s => Encoding.UTF8.GetString(BoundedDecoding.Base64(s, _limits.MaxDecodedBytes))));
        engine.SetValue("html", new Func<string, string>(WebUtility.HtmlDecode));
        engine.SetValue("gzip", new Func<string, string>(s => BoundedDecoding.Gunzip(s, _limits.MaxDecodedBytes)));
        engine.SetValue("text", new Func<string, string>(path => _files.ReadText(path, _limits.MaxDecodedBytes)));
        return engine;
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

    // Evaluated exactly once: a value that looks like an expression (from a file, a parameter, the
    // environment) is data, never code.
    private JsonNode? EvaluateString(string text)
    {
        // Orchard trims the value before it looks for the brackets: " [js: uuid()] " is an expression there too.
        var match = ExpressionPattern().Match(text.Trim());
        if (!match.Success) return JsonValue.Create(text);
        if (_time.IsSpent) throw Failed(text, S["the recipe's scripts took more than {0} seconds together (Recipes:Limits:ScriptSeconds)", _time.Budget.TotalSeconds]);

        JsonNode? result;
        var isFile = match.Groups["prefix"].Value == "file";
        // Made before the clock starts: the engine's own start is not the script's time.
        var engine = isFile ? null : Engine;
        if (_depth++ == 0) _time.Start();
        try
        {
            var code = match.Groups["code"].Value;
            result = isFile
                ? JsonValue.Create(EvaluateFile(code))
                : ToJson(engine!.Evaluate(code).ToObject());
        }
        catch (RecipeStepException)
        {
            // Already says what went wrong (a missing variable, a cycle): wrapping it again for every
            // enclosing expression would only repeat it.
            throw;
        }
        catch (Exception e) when (Reason(e) is { } reason)
        {
            throw Failed(text, reason);
        }
        finally
        {
            if (--_depth == 0) _time.Stop();
        }

        if (result is JsonValue value && value.TryGetValue<string>(out var s) && s.Length > _limits.MaxDecodedBytes)
            throw Failed(text, S["the decoded value is larger than the limit of {0} bytes (Recipes:Limits:MaxDecodedBytes)", _limits.MaxDecodedBytes]);
        return result;
    }

    private LocalizedString? Reason(Exception e) => e switch
    {
        TimeoutException => S["the recipe's scripts took more than {0} seconds together (Recipes:Limits:ScriptSeconds)", _time.Budget.TotalSeconds],
        MemoryLimitExceededException => S["the script used more than {0} bytes of memory (Recipes:Limits:ScriptMemoryBytes)", _limits.ScriptMemoryBytes],
        StatementsCountOverflowException => S["the script ran more than {0} statements (Recipes:Limits:ScriptStatements)", _limits.ScriptStatements],
        RecursionDepthOverflowException => S["the script calls itself too deeply"],
        BoundedDecoding.TooLargeException => S["the decoded value is larger than the limit of {0} bytes (Recipes:Limits:MaxDecodedBytes)", _limits.MaxDecodedBytes],
        InvalidDataException => S["the value is not gzip data"],
        FormatException => S["the value is not base64"],
        Acornima.ParseErrorException parse => S["syntax error at line {0}, column {1}", parse.LineNumber, parse.Column],
        // Jint reports a script that does not parse as a JavaScript SyntaxError.
        JavaScriptException { Error: Jint.Native.Object.ObjectInstance error } js when error.Get("name").ToString() == "SyntaxError"
            => S["syntax error at line {0}, column {1}", js.Location.Start.Line, js.Location.Start.Column + 1],
        JavaScriptException js => S["JavaScript error: {0}", js.Message],
        JintException jint => S["JavaScript error: {0}", jint.Message],
        OutOfMemoryException or InsufficientExecutionStackException => S["the script used more than {0} bytes of memory (Recipes:Limits:ScriptMemoryBytes)", _limits.ScriptMemoryBytes],
        _ => null,
    };

    private RecipeStepException Failed(string expression, string reason)
        => new(S["expression {0} failed: {1}", Shorten(expression), reason]);

    private JsonNode? Variable(string name)
    {
        if (_variables.TryGetValue(name, out var known)) return known;
        var start = _evaluating.FindIndex(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
        if (start >= 0)
            throw new RecipeStepException(S["the variables refer to each other in a cycle: {0}", string.Join(" -> ", _evaluating.Skip(start).Append(name))], name);
        var raw = _recipe.Variables.GetPropertyIgnoreCase(name)
                  ?? throw new RecipeStepException(S["variable '{0}' is not defined in the recipe", Shorten(name)], Shorten(name));
        _evaluating.Add(name);
        try
        {
            var value = Evaluate(raw);
            _variables[name] = value;
            return value;
        }
        finally
        {
            _evaluating.RemoveAt(_evaluating.Count - 1);
        }
    }

    private string? ReadConfiguration(string key, string? fallback)
    {
        if (!_configuration.IsAllowed(key))
            throw new RecipeStepException(S["a recipe may not read the configuration key '{0}' (allowed: {1}; add keys to Recipes:AllowedConfigurationKeys)",
                Shorten(key), string.Join(", ", _configuration.AllowedKeys)], Shorten(key));
        return _configuration.Read(key) ?? fallback;
    }

    private static string Shorten(string text) => text.Length <= MaxShownChars ? text : text[..MaxShownChars] + "…";

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

    // Orchard's "file" engine is not JavaScript: it knows text('path') (the file as text) and
    // base64('path') (the file's bytes as base64), nothing else. The JavaScript base64(s) of
    // [js: …] is another function, Orchard's too: it decodes base64 text into UTF-8 text.
    private string EvaluateFile(string code)
    {
        var command = FileCommandPattern().Match(code);
        if (!command.Success)
            throw new RecipeStepException(S["unknown file command '{0}': use text('path') or base64('path')", Shorten(code.Trim())]);
        var path = command.Groups["path"].Value;
        return command.Groups["command"].Value == "text"
            ? _files.ReadText(path, _limits.MaxDecodedBytes)
            : _files.ReadBase64(path, _limits.MaxDecodedBytes);
    }

    [GeneratedRegex(@"^\[(?<prefix>js|file):(?<code>.*)\]$", RegexOptions.Singleline)]
    private static partial Regex ExpressionPattern();

    [GeneratedRegex(@"^\s*(?<command>text|base64)\('(?<path>[^']*)'\)\s*$")]
    private static partial Regex FileCommandPattern();
}
