using Usta.Search.Indexing;
using UstaOrchard.Core.Data;

namespace Usta.Search;

/// <summary>Every site has the default index ("Search": articles, bulletins, pages); a recipe's lucene-index step may redefine it.</summary>
public sealed class Migrations(SearchIndexManager indexes) : IDataMigration
{
    public string ModuleId => SearchStartup.Id;
    public int Version => 1;

    public async Task MigrateAsync(int fromVersion, CancellationToken ct)
    {
        if (fromVersion >= 1) return;
        if (await indexes.GetRecordAsync(SearchIndexDefinition.DefaultName, ct) is null)
            await indexes.SaveAsync(SearchIndexDefinition.Default, ct);
    }
}
