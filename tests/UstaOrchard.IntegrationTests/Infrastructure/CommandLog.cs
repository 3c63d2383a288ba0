using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace UstaOrchard.IntegrationTests.Infrastructure;

/// <summary>
/// Records the SQL of every command one site sends (registered as a singleton interceptor), so a
/// test can count a save's statements and see which tables it touched.
/// </summary>
public sealed class CommandLog : DbCommandInterceptor
{
    private readonly ConcurrentQueue<string> _commands = new();

    public IReadOnlyList<string> Commands => _commands.ToList();

    public void Clear() => _commands.Clear();

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        => Record(command, result);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        => ValueTask.FromResult(Record(command, result));

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
        => Record(command, result);

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
        => ValueTask.FromResult(Record(command, result));

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
        => Record(command, result);

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
        => ValueTask.FromResult(Record(command, result));

    // The search worker, the cache's change-feed follower and the visit counter's flush read and write
    // their own tables on a timer, whatever the test does: not a request's statements. The task and the
    // change-feed row a save writes (INSERTs) are the save's and are kept.
    private static readonly string[] BackgroundTables =
    [
        "\"SearchIndexes\"", "\"SearchTaskPruning\"", "\"SearchNodes\"", "\"SearchIndexingTasks\"", "\"CacheChanges\"",
        "\"VisitDays\"", "\"VisitNodes\"", "\"ArticleViewCounts\"",
    ];
    private static readonly string[] KeptInserts = ["INSERT INTO \"SearchIndexingTasks\"", "INSERT INTO \"CacheChanges\""];

    private T Record<T>(DbCommand command, T result)
    {
        var text = command.CommandText;
        if (BackgroundTables.Any(text.Contains) && !KeptInserts.Any(text.Contains)) return result;
        _commands.Enqueue(text);
        return result;
    }
}
