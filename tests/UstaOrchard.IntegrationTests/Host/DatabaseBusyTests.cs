using System.Net;
using Microsoft.Data.Sqlite;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Host;

/// <summary>
/// SQLite has one writer: while a recipe holds it, a reader's write (a login's attempt) waits for
/// the busy timeout and then fails. That is the site being busy, not a bug: 503, Retry-After and
/// the Vietnamese page, never a 500.
/// </summary>
public class DatabaseBusyTests
{
    [Fact]
    public async Task LoginWhileAnotherWriterHoldsTheDatabase_Gets503WithAVietnamesePage()
    {
        var dataPath = Paths.NewDataFolder();
        var database = Path.Combine(dataPath, "usta.db");
        await using var factory = new UstaAppFactory(TestDatabase.Sqlite(), dataPath, new Dictionary<string, string?>
        {
            // A short busy timeout keeps the test quick; production waits the provider's 30 s.
            ["ConnectionStrings:Default"] = $"Data Source={database};Default Timeout=1",
        });
        factory.Logs.Expect(e => e.Message.Contains("database is locked") || e.Category.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
        var client = factory.CreateBrowser();
        var page = await client.GetDocumentAsync("/dang-nhap");

        await using var writer = new SqliteConnection($"Data Source={database};Pooling=False");
        await writer.OpenAsync();
        await using (var begin = writer.CreateCommand())
        {
            begin.CommandText = "BEGIN IMMEDIATE";
            await begin.ExecuteNonQueryAsync();
        }

        var response = await client.SubmitAsync(page, "login-form", new Dictionary<string, string>
        {
            ["Input.UserName"] = "nguoi-la",
            ["Input.Password"] = "sai-mat-khau",
        }, "/dang-nhap");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(10), response.Headers.RetryAfter?.Delta);
        var document = await response.ReadDocumentAsync();
        Assert.Equal("vi", document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Dịch vụ tạm ngừng", document.Text("[data-test=error-page] h1"));
        Assert.Contains("Trang web đang bận", document.Text("[data-test=error-page] p"));
    }
}
