using Microsoft.Extensions.Localization;
using System.Text.Json;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Settings;

namespace UstaOrchard.Core.Recipes.Export.Steps;

/// <summary>
/// <c>Settings</c>: the typed keys and every named section, as <see cref="SettingsStep"/> reads them. When the
/// site was set up is the target's own and is not exported.
/// </summary>
public sealed class SettingsExporter(SiteService site, IStringLocalizer<SettingsExporter> S) : IRecipeStepExporter
{
    public string StepName => "Settings";
    public int Order => 20;

    public async Task ExportAsync(RecipeExportContext context)
    {
        if (!context.Options.Settings) return;
        var settings = await site.GetAsync(context.CancellationToken);
        var writer = context.Writer;
        writer.WriteStartObject();
        writer.WriteString("name", StepName);
        writer.WriteString("SiteName", settings.SiteName);
        if (settings.Description is not null) writer.WriteString("Description", settings.Description);
        if (settings.BaseUrl is not null) writer.WriteString("BaseUrl", settings.BaseUrl);
        writer.WriteString("TimeZoneId", settings.TimeZoneId);
        writer.WriteNumber("PageSize", settings.PageSize);
        foreach (var (key, value) in settings.Sections)
        {
            writer.WritePropertyName(key);
            if (value is null) writer.WriteNullValue();
            else value.WriteTo(writer, ContentJson.Options);
        }
        writer.WriteEndObject();
        context.Summarise(StepName, S["{0} settings", 4 + settings.Sections.Count]);
    }
}
