using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Usta.Contents;
using UstaOrchard.Core.Contents;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Host;

public class ErrorPageTests
{
    /// <summary>A module whose page fails: what a reader sees when our code has a bug.</summary>
    private sealed class FailingDisplay : IContentDisplayProvider
    {
        public string ContentType => "Broken";

        public Task<ContentDisplay?> BuildAsync(ContentDisplayContext context)
            => throw new InvalidOperationException("secret detail of a bug");
    }

    [Fact]
    public async Task UnexpectedError_ShowsAVietnamesePageWithARequestId_AndNoStackTrace()
    {
        await using var factory = new UstaAppFactory(TestDatabase.Sqlite(), services: s => s.AddScoped<IContentDisplayProvider, FailingDisplay>());
        factory.Logs.Expect(e => e.Category.Contains("ExceptionHandler") && e.Message.Contains("secret detail of a bug"));
        await factory.InScopeAsync(async sp =>
        {
            var contents = sp.GetRequiredService<ContentManager>();
            var item = contents.New("Broken").Apply(new TitlePart { Title = "Hỏng" }).Apply(new AutoroutePart { Path = "hong" });
            return await contents.CreateAsync(item, publish: true);
        });

        var response = await factory.CreateBrowser().GetAsync("/hong");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("secret detail", html);
        Assert.DoesNotContain("InvalidOperationException", html);
        var page = await new AngleSharp.Html.Parser.HtmlParser().ParseDocumentAsync(html, CancellationToken.None);
        Assert.Equal("Đã có lỗi xảy ra", page.Text("[data-test=error-page] h1"));
        Assert.StartsWith("Mã yêu cầu: ", page.Text("[data-test=error-page] .muted"));
    }
}
