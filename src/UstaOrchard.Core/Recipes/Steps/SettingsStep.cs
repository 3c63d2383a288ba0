using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Settings;

namespace UstaOrchard.Core.Recipes.Steps;

/// <summary>
/// <c>Settings</c>: typed site keys (SiteName, Description, BaseUrl, TimeZoneId, PageSize); any other key is a
/// named section (<c>"OrganisationSettings": {…}</c>) merged into what is stored, and checked by the
/// module that owns it (<see cref="ISettingsSectionCheck"/>) before the recipe commits.
/// </summary>
public sealed class SettingsStep(SiteService site, IEnumerable<ISettingsSectionCheck> checks, IStringLocalizer<SettingsStep> S) : IRecipeStepHandler
{
    public string Name => "Settings";

    public async Task<string> ExecuteAsync(RecipeStepContext context)
    {
        var changed = new List<string>();
        var kinds = new List<RecipeChangeKind>();
        await site.UpdateAsync(settings =>
        {
            foreach (var (key, value) in context.Step)
            {
                if (string.Equals(key, "name", StringComparison.OrdinalIgnoreCase)) continue;
                // Settings are small: the whole of them before and after tells whether this key changed anything.
                var before = JsonSerializer.SerializeToNode(settings, ContentJson.Options);
                Apply(settings, key, value);
                changed.Add(key);
                kinds.Add(JsonNode.DeepEquals(before, JsonSerializer.SerializeToNode(settings, ContentJson.Options))
                    ? RecipeChangeKind.Unchanged
                    : RecipeChangeKind.Updated);
            }
        }, context.CancellationToken);
        // Recorded once the settings are saved: a refused value records nothing.
        for (var i = 0; i < changed.Count; i++) context.Record(RecipeSubjects.Setting, kinds[i], changed[i]);
        foreach (var key in changed) CheckBeforeCommit(context, key);
        return S["{0} settings: {1}", changed.Count, string.Join(", ", changed)];
    }

    private void CheckBeforeCommit(RecipeStepContext context, string key)
    {
        foreach (var check in checks.Where(c => string.Equals(c.Section, key, StringComparison.OrdinalIgnoreCase)))
        {
            context.CheckBeforeCommit(async ct =>
            {
                var stored = (await site.GetAsync(ct)).Sections.GetPropertyIgnoreCase(key);
                if (await check.CheckAsync(stored, ct) is { } problem) throw new RecipeStepException(problem, key);
            });
        }
    }

    private void Apply(SiteSettings settings, string key, JsonNode? value)
    {
        switch (key.ToLowerInvariant())
        {
            case "sitename": settings.SiteName = Text(key, value); break;
            case "description": settings.Description = Text(key, value); break;
            case "baseurl": settings.BaseUrl = Text(key, value); break;
            case "timezoneid":
                var zone = Text(key, value);
                if (!TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
                    throw new RecipeStepException(S["time zone '{0}' is not known (use an IANA name such as Asia/Ho_Chi_Minh)", zone], key);
                settings.TimeZoneId = zone;
                break;
            case "pagesize": settings.PageSize = Number(key, value, 1, 1000); break;
            default:
                if (value is JsonObject section && settings.Sections.GetPropertyIgnoreCase(key) is JsonObject stored)
                    stored.MergeFrom(section);
                else
                    settings.Sections[key] = value?.DeepClone();
                break;
        }
    }

    private string Text(string key, JsonNode? value)
        => value is JsonValue v && v.TryGetValue<string>(out var s) ? s : throw new RecipeStepException(S["'{0}' must be text", key], key);

    private int Number(string key, JsonNode? value, int min, int max)
    {
        int number;
        try
        {
            number = value.Deserialize<int>(ContentJson.Options);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            throw new RecipeStepException(S["'{0}' must be a whole number from {1} to {2}", key, min, max], key);
        }
        if (number < min || number > max)
            throw new RecipeStepException(S["'{0}' must be a whole number from {1} to {2}", key, min, max], key);
        return number;
    }
}
