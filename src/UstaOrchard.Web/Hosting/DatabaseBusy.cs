using Microsoft.Data.Sqlite;
using Npgsql;

namespace UstaOrchard.Web.Hosting;

/// <summary>
/// Errors that mean "the database is busy, ask again soon": SQLite's single writer held by a long
/// recipe, a PostgreSQL lock that could not be had or a deadlock. A reader gets 503 with
/// Retry-After and the Vietnamese page, not the 500 of a bug.
/// </summary>
public static class DatabaseBusy
{
    public const int RetryAfterSeconds = 10;

    public static int StatusCodeFor(Exception exception)
        => Is(exception) ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError;

    public static bool Is(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is SqliteException { SqliteErrorCode: 5 or 6 }) return true; // SQLITE_BUSY, SQLITE_LOCKED
            if (exception is PostgresException { SqlState: PostgresErrorCodes.LockNotAvailable or PostgresErrorCodes.DeadlockDetected }) return true;
        }
        return false;
    }
}
