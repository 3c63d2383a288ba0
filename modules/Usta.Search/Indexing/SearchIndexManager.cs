using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Usta.Search.Analysis;
using UstaOrchard.Core.Data;

namespace Usta.Search.Indexing;

/// <summary>
/// The indexes' definitions, shared by every node through the database. Saving a definition that
/// changes what is indexed, or asking for a rebuild, raises its generation: each node's worker sees
/// the new generation and rebuilds its own copy.
/// </summary>
public sealed partial class SearchIndexManager(UstaDbContext db, TimeProvider clock)
{
    public const int MaxNameLength = 64;

    /// <summary>Letters, digits, '-' and '_': a name is also a folder name on every node.</summary>
    public static bool IsValidName(string? name) => name is { Length: > 0 and <= MaxNameLength } && NamePattern().IsMatch(name);

    /// <summary>
    /// The analyzer an <c>AnalyzerName</c> stands for, or null when unknown. Orchard's
    /// "standardanalyzer" is accepted: the Vietnamese analyzer does what it does and folds accents too.
    /// </summary>
    public static string? AnalyzerOf(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        null or "" or VietnameseAnalyzer.Name or "standardanalyzer" or "standard" => VietnameseAnalyzer.Name,
        _ => null,
    };

    /// <summary>An index whose name is <paramref name="name"/> in another case ("search" for "Search"), if any.</summary>
    public async Task<string?> NameDifferingInCaseAsync(string name, CancellationToken ct)
        => (await db.Set<SearchIndexRecord>().AsNoTracking().Select(x => x.Name).ToListAsync(ct))
            .FirstOrDefault(x => x != name && string.Equals(x, name, StringComparison.OrdinalIgnoreCase));

    public async Task<IReadOnlyList<SearchIndexDefinition>> ListAsync(CancellationToken ct)
        => (await db.Set<SearchIndexRecord>().AsNoTracking().OrderBy(x => x.Name).ToListAsync(ct)).Select(ToDefinition).ToList();

    public async Task<SearchIndexRecord?> GetRecordAsync(string name, CancellationToken ct)
        => await db.Set<SearchIndexRecord>().AsNoTracking().FirstOrDefaultAsync(x => x.Name == name, ct);

    public async Task<SearchIndexDefinition?> GetAsync(string name, CancellationToken ct)
        => await GetRecordAsync(name, ct) is { } record ? ToDefinition(record) : null;

    /// <summary>Creates or updates a definition; a change to what it holds asks every node to rebuild.</summary>
    public async Task SaveAsync(SearchIndexDefinition definition, CancellationToken ct)
    {
        if (!IsValidName(definition.Name)) throw new ArgumentException($"'{definition.Name}' is not a valid index name.", nameof(definition));
        if (await NameDifferingInCaseAsync(definition.Name, ct) is { } existing)
            throw new ArgumentException($"'{definition.Name}' differs only in case from the index '{existing}'.", nameof(definition));
        var analyzer = AnalyzerOf(definition.AnalyzerName) ?? throw new ArgumentException($"Unknown analyzer '{definition.AnalyzerName}'.", nameof(definition));
        var types = JsonSerializer.Serialize(definition.IndexedContentTypes.Distinct().Order(StringComparer.Ordinal));
        var record = await db.Set<SearchIndexRecord>().FirstOrDefaultAsync(x => x.Name == definition.Name, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        if (record is null)
        {
            db.Add(new SearchIndexRecord
            {
                Name = definition.Name, AnalyzerName = analyzer, IndexLatest = definition.IndexLatest,
                IndexedContentTypes = types, Generation = 1, UpdatedUtc = now,
            });
        }
        else if (record.AnalyzerName != analyzer || record.IndexLatest != definition.IndexLatest || record.IndexedContentTypes != types)
        {
            record.AnalyzerName = analyzer;
            record.IndexLatest = definition.IndexLatest;
            record.IndexedContentTypes = types;
            record.Generation++;
            record.UpdatedUtc = now;
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Asks every node to rebuild the index; false when there is no such index.</summary>
    public async Task<bool> RequestRebuildAsync(string name, string? requestedBy, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = await db.Set<SearchIndexRecord>().Where(x => x.Name == name).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.Generation, x => x.Generation + 1)
            .SetProperty(x => x.RebuildRequestedUtc, now)
            .SetProperty(x => x.RebuildRequestedBy, requestedBy), ct);
        return changed > 0;
    }

    public static SearchIndexDefinition ToDefinition(SearchIndexRecord record)
        => new(record.Name, record.AnalyzerName, record.IndexLatest,
            JsonSerializer.Deserialize<List<string>>(record.IndexedContentTypes) ?? []);

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex NamePattern();
}
