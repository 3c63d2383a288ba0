using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Npgsql;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Localization;

namespace UstaOrchard.Core.Contents;

/// <summary>
/// Recognises a unique index violation on either database and says what it means to the editor,
/// in the words of the handler that owns the index.
/// </summary>
public static partial class UniqueViolation
{
    private const int SqliteConstraint = 19;
    private const int SqliteUnique = 2067;
    private const int SqlitePrimaryKey = 1555;

    private static readonly IStringLocalizer S = new JsonStringLocalizerFactory().Create(typeof(UniqueViolation));

    /// <summary>The editor's keyed message for a unique violation, or null when <paramref name="e"/> is something else.</summary>
    public static ContentValidationError? Describe(DbUpdateException e, UstaDbContext db, IEnumerable<IContentHandler> handlers)
    {
        if (e is DbUpdateConcurrencyException) return null;
        string? table;
        switch (e.InnerException)
        {
            case PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } postgres:
                table = postgres.TableName;
                break;
            case SqliteException { SqliteErrorCode: SqliteConstraint, SqliteExtendedErrorCode: SqliteUnique or SqlitePrimaryKey } sqlite:
                table = SqliteTable().Match(sqlite.Message) is { Success: true } m ? m.Groups["table"].Value : null;
                break;
            default:
                return null;
        }

        var clashing = e.Entries.Concat(db.ChangeTracker.Entries())
            .Where(x => x.State == EntityState.Added && x.Entity is ContentIndex && (table is null || x.Metadata.GetTableName() == table))
            .Select(x => (ContentIndex)x.Entity)
            .ToList();
        foreach (var owner in handlers.OfType<IUniqueContentIndex>())
        {
            if (clashing.FirstOrDefault(row => row.GetType() == owner.IndexType) is { } row) return owner.DescribeClash(row);
        }
        return new ContentValidationError("", S["Someone else saved the same content at the same moment. Reload it and save again."]);
    }

    [GeneratedRegex(@"UNIQUE constraint failed: ""?(?<table>[^"".]+)""?\.")]
    private static partial Regex SqliteTable();
}
