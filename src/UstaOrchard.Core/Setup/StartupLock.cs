using Npgsql;
using UstaOrchard.Core.Data;

namespace UstaOrchard.Core.Setup;

/// <summary>
/// Lets one node at a time create tables, run migrations and set the site up, so that several
/// nodes starting together on an empty database set it up once. PostgreSQL: a session advisory
/// lock. SQLite (one machine): an exclusive lock on a file in the data folder.
/// </summary>
public sealed class StartupLock(DatabaseSettings database, AppPaths paths)
{
    // Any constant; it only has to be the same on every node of a site.
    private const long AdvisoryKey = 0x55535441_53455455; // "USTASETU"

    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    public Task<IAsyncDisposable> AcquireAsync(CancellationToken ct)
        => database.Provider == DatabaseProvider.Postgres
            ? AcquirePostgresAsync(database.ConnectionString!, ct)
            : AcquireFileAsync(Path.Combine(paths.DataPath, "startup.lock"), ct);

    private static async Task<IAsyncDisposable> AcquirePostgresAsync(string connectionString, CancellationToken ct)
    {
        // Its own unpooled session: a pooled one would keep the lock after it is "closed".
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, CommandTimeout = (int)Timeout.TotalSeconds };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(ct);
        await using (var command = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection))
        {
            command.Parameters.AddWithValue("key", AdvisoryKey);
            await command.ExecuteNonQueryAsync(ct);
        }
        return new Release(async () =>
        {
            await using (var unlock = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", connection))
            {
                unlock.Parameters.AddWithValue("key", AdvisoryKey);
                await unlock.ExecuteNonQueryAsync(CancellationToken.None);
            }
            await connection.DisposeAsync();
        });
    }

    private static async Task<IAsyncDisposable> AcquireFileAsync(string path, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (true)
        {
            try
            {
                var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                return new Release(() => stream.DisposeAsync());
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200), ct);
            }
        }
    }

    private sealed class Release(Func<ValueTask> release) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => release();
    }
}
