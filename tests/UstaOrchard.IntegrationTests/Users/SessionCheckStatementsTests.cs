using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using UstaOrchard.IntegrationTests.Infrastructure;
using UstaOrchard.IntegrationTests.Media;

namespace UstaOrchard.IntegrationTests.Users;

/// <summary>
/// A signed-in request is checked against the user's row (two queries), except for the files that
/// answer everyone alike: an admin page's scripts and styles, and media files, cost no query each.
/// </summary>
public sealed class SessionCheckStatementsTests
{
    [Fact]
    public async Task StaticAndMediaFiles_AreServedWithoutCheckingTheSession_PagesAreChecked()
    {
        var log = new CommandLog();
        await using var factory = new UstaAppFactory(TestDatabase.Sqlite(), services: s => s.AddSingleton<IInterceptor>(log));
        var client = await factory.SignedInAsync("Editor");
        var upload = await client.UploadAsync("", "anh.png", MediaRequests.Png());
        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        var path = JsonDocument.Parse(await upload.Content.ReadAsStringAsync()).RootElement.GetProperty("path").GetString();

        async Task<int> UserReadsAsync(string url)
        {
            log.Clear();
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return log.Commands.Count(c => c.Contains("FROM \"Users\"", StringComparison.Ordinal));
        }

        Assert.Equal(0, await UserReadsAsync("/_content/Usta.Admin/admin.css"));
        Assert.Equal(0, await UserReadsAsync("/media/" + path));
        Assert.Equal(1, await UserReadsAsync("/Admin"));

        // Unchecked, the file's request runs as an anonymous one: the error page made for it too.
        var missing = await client.GetDocumentAsync("/media/khong-co-" + Guid.NewGuid().ToString("N") + ".png", HttpStatusCode.NotFound);
        Assert.Null(missing.QuerySelector("[data-test=admin-link]"));
        Assert.NotNull(missing.QuerySelector("[data-test=login-link]"));
    }
}
