using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Settings;

namespace Usta.Visits;

/// <summary>The <c>Settings</c> step's <c>"VisitSettings"</c>: a section every page reads must be readable.</summary>
public sealed class VisitSettingsCheck(IStringLocalizer<VisitsStartup> S) : ISettingsSectionCheck
{
    public string Section => nameof(VisitSettings);

    public Task<string?> CheckAsync(JsonNode? section, CancellationToken ct)
    {
        VisitSettings? settings;
        try
        {
            settings = section is JsonObject ? section.Deserialize<VisitSettings>(ContentJson.Options) : null;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            settings = null;
        }
        if (settings is null)
            return Task.FromResult<string?>(S["\"VisitSettings\" must be an object with \"Enabled\" (true or false) and \"InitialTotal\" (a whole number)"]);
        if (settings.InitialTotal < 0)
            return Task.FromResult<string?>(S["\"VisitSettings\": \"InitialTotal\" must not be negative, not {0}", settings.InitialTotal]);
        return Task.FromResult<string?>(null);
    }
}
