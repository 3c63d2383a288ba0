using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace UstaOrchard.Bench;

/// <summary>
/// The audit trail at a million rows: <see cref="FillAsync"/> writes rows as a busy site would have
/// recorded them over the last 360 days (straight into the table the site created), and
/// <see cref="RunAsync"/> times the list page's filters, first pages and deep pages, one request at a time.
/// </summary>
public static partial class AuditTrailBench
{
    private static readonly (string Category, string Name, int Weight)[] Events =
    [
        ("Content", "Saved", 30), ("Content", "Published", 12), ("Content", "Created", 8), ("Content", "Unpublished", 2),
        ("Content", "Deleted", 2), ("Content", "Restored", 1), ("SignIn", "SignedIn", 25), ("SignIn", "SignedOut", 10),
        ("SignIn", "SignInFailed", 6), ("SignIn", "LockedOut", 1), ("User", "Updated", 1), ("Settings", "Changed", 1),
    ];

    /// <summary>DATABASE is "sqlite:FILE" or "postgres:CONNECTION-STRING".</summary>
    public static async Task FillAsync(string database, int count, int seed)
    {
        var random = new Random(seed);
        var weights = Events.Sum(e => e.Weight);
        var start = DateTime.UtcNow.AddDays(-360);
        var step = TimeSpan.FromDays(359).Ticks / count;
        var clock = Stopwatch.StartNew();
        IEnumerable<object?[]> Rows()
        {
            for (var i = 0; i < count; i++)
            {
                var pick = random.Next(weights);
                var e = Events.First(x => (pick -= x.Weight) < 0);
                // A few busy users and a long tail: user01 acts most, user50 rarely.
                var user = $"user{Math.Min(50, 1 + (int)(-Math.Log(1 - random.NextDouble()) * 8)):00}";
                var item = e.Category == "Content" ? $"item{random.Next(20000):00000}" : null;
                yield return
                [
                    new DateTime(start.Ticks + i * step, DateTimeKind.Utc), e.Category, e.Name, user, $"10.0.{random.Next(256)}.{random.Next(256)}",
                    item is null ? user : $"Bài viết số {item[4..]}", item, item is null ? null : $"{item}v{random.Next(5)}",
                    item is null ? null : "Article", null,
                ];
            }
        }
        if (database.StartsWith("sqlite:", StringComparison.Ordinal)) await FillSqliteAsync(database["sqlite:".Length..], Rows());
        else if (database.StartsWith("postgres:", StringComparison.Ordinal)) await FillPostgresAsync(database["postgres:".Length..], Rows());
        else throw new ArgumentException("DATABASE is sqlite:FILE or postgres:CONNECTION-STRING");
        Console.WriteLine($"{count:N0} audit rows in {clock.Elapsed.TotalSeconds:F1} s");
    }

    private const string Columns = "\"Utc\", \"Category\", \"Name\", \"UserName\", \"RemoteAddress\", \"Subject\", \"ContentItemId\", \"ContentItemVersionId\", \"ContentType\", \"Details\"";

    private static async Task FillSqliteAsync(string file, IEnumerable<object?[]> rows)
    {
        await using var connection = new SqliteConnection($"Data Source={file}");
        await connection.OpenAsync();
        var transaction = connection.BeginTransaction();
        await using var insert = connection.CreateCommand();
        insert.CommandText = $"INSERT INTO \"AuditEvents\" ({Columns}) VALUES ($0, $1, $2, $3, $4, $5, $6, $7, $8, $9)";
        var parameters = Enumerable.Range(0, 10).Select(i => insert.Parameters.Add(new SqliteParameter("$" + i, null))).ToArray();
        var n = 0;
        foreach (var row in rows)
        {
            insert.Transaction = transaction;
            for (var i = 0; i < row.Length; i++)
                parameters[i].Value = row[i] is DateTime utc ? utc.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF") : row[i] ?? DBNull.Value;
            await insert.ExecuteNonQueryAsync();
            if (++n % 100_000 != 0) continue;
            await transaction.CommitAsync();
            transaction = connection.BeginTransaction();
        }
        await transaction.CommitAsync();
        await using var analyze = connection.CreateCommand();
        analyze.CommandText = "ANALYZE";
        await analyze.ExecuteNonQueryAsync();
    }

    private static async Task FillPostgresAsync(string connectionString, IEnumerable<object?[]> rows)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var import = await connection.BeginBinaryImportAsync($"COPY \"AuditEvents\" ({Columns}) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var row in rows)
            {
                await import.StartRowAsync();
                await import.WriteAsync((DateTime)row[0]!, NpgsqlDbType.TimestampTz);
                for (var i = 1; i < row.Length; i++)
                {
                    if (row[i] is string text) await import.WriteAsync(text, NpgsqlDbType.Varchar);
                    else await import.WriteNullAsync();
                }
            }
            await import.CompleteAsync();
        }
        await using var analyze = new NpgsqlCommand("ANALYZE \"AuditEvents\"", connection);
        await analyze.ExecuteNonQueryAsync();
    }

    public static async Task RunAsync(string baseUrl, string user, string password, int requests)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
        {
            BaseAddress = new Uri(baseUrl),
            Timeout = TimeSpan.FromMinutes(2),
        };
        await ContentsBench.SignInAsync(http, user, password);
        var day = DateTime.UtcNow.AddDays(-200).ToString("dd-MM-yyyy");
        var week = DateTime.UtcNow.AddDays(-194).ToString("dd-MM-yyyy");
        string[] firstPages =
        [
            "/Admin/AuditTrail",
            "/Admin/AuditTrail?user=user01",
            "/Admin/AuditTrail?user=user40",
            "/Admin/AuditTrail?event=Content.Published",
            "/Admin/AuditTrail?event=SignIn.LockedOut",
            "/Admin/AuditTrail?item=item01234",
            $"/Admin/AuditTrail?from={day}&to={day}",
            $"/Admin/AuditTrail?user=user01&from={day}&to={week}",
            "/Admin/AuditTrail?user=user01&event=SignIn.LockedOut",
            "/Admin/AuditTrail?user=user40&event=Content.Restored",
        ];
        Console.WriteLine("| request | p50 | p99 | status |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var url in firstPages) await ReportAsync(http, url, requests);
        // Deep pages: reached as a reader would, by following "Older" 200 times (10,000 rows down).
        foreach (var url in new[] { "/Admin/AuditTrail", "/Admin/AuditTrail?user=user01", "/Admin/AuditTrail?event=Content.Published" })
        {
            var deep = url;
            for (var i = 0; i < 200; i++)
            {
                var html = await (await http.GetAsync(deep)).Content.ReadAsStringAsync();
                var older = Older().Match(html);
                if (!older.Success) break;
                deep = WebUtility.HtmlDecode(older.Groups[1].Value);
            }
            await ReportAsync(http, deep, requests, $"{url} after 200 × Older");
        }
    }

    private static async Task ReportAsync(HttpClient http, string url, int requests, string? name = null)
    {
        var status = 0;
        var times = await ContentsBench.TimeAsync(requests, async () => status = (int)(await http.GetAsync(url)).StatusCode);
        ContentsBench.Report(name ?? url, times, status);
    }

    [GeneratedRegex("<a href=\"([^\"]+)\" rel=\"next\"")]
    private static partial Regex Older();
}
