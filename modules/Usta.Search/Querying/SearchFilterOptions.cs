using Microsoft.EntityFrameworkCore;
using Usta.Contents;
using Usta.Search.Indexing;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Definitions;
using UstaOrchard.Core.Settings;

namespace Usta.Search.Querying;

public sealed record SearchTypeOption(string Name, string DisplayName);

public sealed record SearchCategoryOption(string ContentItemId, string Title);

/// <summary>What a reader may filter by: the searchable types (with their display names) and the published categories.</summary>
public sealed record SearchFilterOptions(SearchSettings Settings, IReadOnlyList<SearchTypeOption> Types, IReadOnlyList<SearchCategoryOption> Categories)
{
    public string TypeName(string type) => Types.FirstOrDefault(t => t.Name == type)?.DisplayName ?? type;
}

/// <summary>Loads <see cref="SearchFilterOptions"/> once per request.</summary>
public sealed class SearchFilterOptionsLoader(UstaDbContext db, SiteService site, SearchIndexManager indexes, ContentDefinitionManager definitions)
{
    private SearchFilterOptions? _loaded;

    public async Task<SearchFilterOptions> LoadAsync(CancellationToken ct)
    {
        if (_loaded is not null) return _loaded;
        var settings = (await site.GetAsync(ct)).Get<SearchSettings>();
        // The settings narrow the index's types; without them, every type the index holds.
        IReadOnlyList<string> names = settings.ContentTypes.Count > 0
            ? settings.ContentTypes
            : (await indexes.GetAsync(settings.SearchIndex, ct))?.IndexedContentTypes ?? SearchIndexDefinition.Default.IndexedContentTypes;
        var typeDefinitions = (await definitions.ListTypesAsync(ct)).ToDictionary(t => t.Name, StringComparer.Ordinal);
        var types = names.Distinct(StringComparer.Ordinal)
            .Select(n => new SearchTypeOption(n, typeDefinitions.TryGetValue(n, out var d) && d.DisplayName.Length > 0 ? d.DisplayName : n))
            .ToList();
        var categories = await db.Set<CategoryIndex>().AsNoTracking().Where(c => c.Published)
            .OrderBy(c => c.Path).ThenBy(c => c.Title)
            .Select(c => new SearchCategoryOption(c.ContentItemId, c.Title))
            .ToListAsync(ct);
        return _loaded = new SearchFilterOptions(settings, types, categories);
    }
}
