using System.Text.Json.Nodes;
using Microsoft.Extensions.Localization;

namespace UstaOrchard.Core.Recipes.Validation;

/// <summary><c>Settings</c>: at least one setting; the typed keys hold text, PageSize a whole number.</summary>
public sealed class SettingsStepValidator(IStringLocalizer<SettingsStepValidator> S) : IRecipeStepValidator
{
    private static readonly string[] TextKeys = ["SiteName", "Description", "BaseUrl", "TimeZoneId"];

    public string Name => "Settings";

    public Task ValidateStepAsync(RecipeStepCheck step, CancellationToken ct)
    {
        var keys = step.Step.Where(p => !string.Equals(p.Key, "name", StringComparison.OrdinalIgnoreCase)).ToList();
        if (keys.Count == 0) step.Report(S["the step sets nothing: give at least one setting next to \"name\""]);
        foreach (var (key, value) in keys)
        {
            if (TextKeys.Contains(key, StringComparer.OrdinalIgnoreCase) && !(value is JsonValue v && v.TryGetValue<string>(out _)))
                step.Report(S["'{0}' must be text", key], path: key);
            else if (string.Equals(key, "PageSize", StringComparison.OrdinalIgnoreCase) && !IsPageSize(value))
                step.Report(S["'{0}' must be a whole number from {1} to {2}", key, 1, 1000], path: key);
        }
        return Task.CompletedTask;
    }

    // A number, or text holding one (the step reads both), or an expression the step evaluates first.
    private static bool IsPageSize(JsonNode? value)
    {
        if (value is not JsonValue v) return false;
        if (v.TryGetValue<string>(out var text))
        {
            if (RecipeStepCheck.IsExpression(text)) return true;
            return int.TryParse(text, out var parsed) && parsed is >= 1 and <= 1000;
        }
        return v.TryGetValue<int>(out var number) && number is >= 1 and <= 1000;
    }
}
