using Microsoft.Data.Sqlite;
using Npgsql;

namespace UstaOrchard.IntegrationTests.Infrastructure;

/// <summary>
/// A database of its own for one test site: a SQLite file in a temporary folder, or a fresh
/// database on the PostgreSQL server named by USTA_TEST_POSTGRES (default: the role CI creates
/// on 127.0.0.1). Without a reachable server PostgreSQL tests are skipped, except under CI=true,
/// where they fail: CI must never pass by skipping them.
/// </summary>
public abstract class TestDatabase
{
    public const string PostgresVariable = "USTA_TEST_POSTGRES";
    private const string DefaultPostgres = "Host=127.0.0.1;Port=5432;Username=usta;Password=usta;Timeout=5";

    public abstract string Name { get; }

    public abstract IDictionary<string, string?> Settings(string dataPath);

    public virtual Task DropAsync() => Task.CompletedTask;

    public static TestDatabase Sqlite() => new SqliteDatabase();

    /// <summary>A new PostgreSQL database; skips (or, under CI, fails) the calling test without a server.</summary>
    public static TestDatabase Postgres()
    {
        var (available, reason) = PostgresAvailability.Value;
        if (!available)
        {
            if (IsCi) throw new InvalidOperationException($"CI=true, so PostgreSQL tests must run, but the server is not reachable: {reason}");
            Skip.If(true, $"PostgreSQL is not reachable ({reason}). Start a server and set {PostgresVariable} " +
                          "(e.g. \"Host=127.0.0.1;Username=usta;Password=usta\") to run these tests; .ci/run does this.");
        }
        return new PostgresDatabase(ServerConnectionString);
    }

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    private static string ServerConnectionString => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : DefaultPostgres;

    private static readonly Lazy<(bool, string)> PostgresAvailability = new(() =>
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = "postgres", Pooling = false };
            using var connection = new NpgsqlConnection(builder.ConnectionString);
            connection.Open();
            return (true, "");
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or ArgumentException or System.Net.Sockets.SocketException or TimeoutException)
        {
            return (false, e.Message);
        }
    });

    private sealed class SqliteDatabase : TestDatabase
    {
        public override string Name => "Sqlite";

        public override IDictionary<string, string?> Settings(string dataPath) => new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
        };

        public override Task DropAsync()
        {
            SqliteConnection.ClearAllPools();
            return Task.CompletedTask;
        }
    }

    private sealed class PostgresDatabase(string server) : TestDatabase
    {
        private readonly string _database = "usta_test_" + Guid.NewGuid().ToString("N")[..12];

        public override string Name => "Postgres";

        public override IDictionary<string, string?> Settings(string dataPath) => new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Default"] = new NpgsqlConnectionStringBuilder(server) { Database = _database }.ConnectionString,
        };

        public override async Task DropAsync()
        {
            NpgsqlConnection.ClearAllPools();
            var builder = new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false };
            await using var connection = new NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
            // FORCE may not end a server process of another role: an autovacuum worker that has just
            // started on the new database (42501). It finishes in moments; try again, not fail the test.
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await command.ExecuteNonQueryAsync();
                    return;
                }
                catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege && attempt < 20)
                {
                    await Task.Delay(250);
                }
            }
        }
    }
}
