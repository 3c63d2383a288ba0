using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Localization;
using Usta.Search.Indexing;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Definitions;
using UstaOrchard.Core.Settings;

namespace Usta.Search;

/// <summary>
/// The <c>Settings</c> step's <c>"SearchSettings"</c>: its index must be defined (by then: a later
/// <c>lucene-index</c> step counts), its page size within 1..50 and its content types defined.
/// </summary>
public sealed class SearchSettingsCheck(SearchIndexManager indexes, ContentDefinitionManager definitions, IStringLocalizer<SearchStartup> S)
    : ISettingsSectionCheck
{
    public string Section => nameof(SearchSettings);

    public async Task<string?> CheckAsync(JsonNode? section, CancellationToken ct)
    {
        SearchSettings? settings;
        try
        {
            settings = section.Deserialize<SearchSettings>(ContentJson.Options);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            settings = null;
        }
        if (settings is null)
            return S["\"SearchSettings\" must be an object with \"SearchIndex\" (text), \"PageSize\" (a whole number) and \"ContentTypes\" (a list)"];
        if (settings.PageSize is < 1 or > SearchSettings.MaxPageSize)
            return S["\"SearchSettings\": \"PageSize\" must be a whole number from 1 to {0}, not {1}", SearchSettings.MaxPageSize, settings.PageSize];
        var record = await indexes.GetRecordAsync(settings.SearchIndex, ct);
        if (record is null)
        {
            var known = (await indexes.ListAsync(ct)).Select(d => d.Name);
            return S["\"SearchSettings\": the search index '{0}' is not defined (indexes: {1})", settings.SearchIndex, string.Join(", ", known)];
        }
        // Readers must never see drafts: the public search only uses an index of published versions.
        if (record.IndexLatest)
            return S["\"SearchSettings\": the search index '{0}' holds drafts (IndexLatest): readers' search needs an index of published versions", settings.SearchIndex];
        foreach (var type in settings.ContentTypes)
        {
            if (await definitions.GetTypeAsync(type, ct) is null)
                return S["\"SearchSettings\": the content type '{0}' is not defined", type];
        }
        return null;
    }
}
