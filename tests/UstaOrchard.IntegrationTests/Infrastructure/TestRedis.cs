using StackExchange.Redis;

namespace UstaOrchard.IntegrationTests.Infrastructure;

/// <summary>
/// The redis-server named by USTA_TEST_REDIS (default 127.0.0.1:6379, which .ci/run starts). Without
/// one the Redis tests are skipped, except under CI=true, where they fail, as PostgreSQL's do.
/// </summary>
public static class TestRedis
{
    public const string Variable = "USTA_TEST_REDIS";

    public static string ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : "127.0.0.1:6379";

    /// <summary>The connection string, after checking the server answers; skips (or under CI fails) the test if not.</summary>
    public static string Require()
    {
        var (available, reason) = Availability.Value;
        if (!available)
        {
            if (TestDatabase.IsCi) throw new InvalidOperationException($"CI=true, so Redis tests must run, but {ConnectionString} is not reachable: {reason}");
            Skip.If(true, $"Redis is not reachable at {ConnectionString} ({reason}). Start redis-server and set {Variable} to run these tests; .ci/run does this.");
        }
        return ConnectionString;
    }

    private static readonly Lazy<(bool, string)> Availability = new(() =>
    {
        try
        {
            var options = ConfigurationOptions.Parse(ConnectionString);
            options.ConnectTimeout = 2000;
            options.AbortOnConnectFail = true;
            using var connection = ConnectionMultiplexer.Connect(options);
            connection.GetDatabase().Ping();
            return (true, "");
        }
        catch (Exception e) when (e is RedisException or ArgumentException or TimeoutException)
        {
            return (false, e.Message);
        }
    });
}
