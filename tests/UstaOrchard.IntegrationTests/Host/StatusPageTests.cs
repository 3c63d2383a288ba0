using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Usta.Contents;
using UstaOrchard.Core.Contents;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Host;

/// <summary>Every status a reader can meet has its Vietnamese page, with its own status code and no canonical link.</summary>
public class StatusPageTests(StatusPageTests.RefusingSite site) : IClassFixture<StatusPageTests.RefusingSite>
{
    /// <summary>A page that refuses its request with the status in its title: any status the site may answer.</summary>
    private sealed class RefusingDisplay : IContentDisplayProvider
    {
        public string ContentType => "Refusing";

        public Task<ContentDisplay?> BuildAsync(ContentDisplayContext context)
            => throw new BadHttpRequestException("refused", int.Parse(context.ContentItem.DisplayText));
    }

    /// <summary>A site with one refusing page per status code, at <c>/tra-loi-{code}</c>.</summary>
    public sealed class RefusingSite : IAsyncLifetime
    {
        public UstaAppFactory Factory { get; } = new(TestDatabase.Sqlite(), services: s => s.AddScoped<IContentDisplayProvider, RefusingDisplay>());

        public async Task InitializeAsync()
        {
            foreach (var code in Codes().Select(row => (int)row[0]))
            {
                await Factory.InScopeAsync(async sp =>
                {
                    var contents = sp.GetRequiredService<ContentManager>();
                    var item = contents.New("Refusing").Apply(new TitlePart { Title = code.ToString() }).Apply(new AutoroutePart { Path = $"tra-loi-{code}" });
                    return await contents.CreateAsync(item, publish: true);
                });
            }
        }

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }

    private UstaAppFactory Factory => site.Factory;

    public static TheoryData<int, string> Codes() => new()
    {
        { 400, "Yêu cầu không hợp lệ" },
        { 403, "Không có quyền truy cập" },
        { 404, "Không tìm thấy trang" },
        { 405, "Không hỗ trợ phương thức này" },
        { 408, "Hết thời gian chờ yêu cầu" },
        { 413, "Yêu cầu quá lớn" },
        { 414, "Địa chỉ quá dài" },
        { 415, "Kiểu dữ liệu không được hỗ trợ" },
        { 429, "Quá nhiều yêu cầu" },
        { 431, "Phần đầu yêu cầu quá lớn" },
        { 500, "Đã có lỗi xảy ra" },
        { 503, "Dịch vụ tạm ngừng" },
    };

    [Theory]
    [MemberData(nameof(Codes))]
    public async Task EveryStatus_HasItsVietnamesePage_WithItsCode_AndNoCanonical(int code, string heading)
    {
        var response = await Factory.CreateBrowser().GetAsync($"/tra-loi-{code}");

        Assert.Equal(code, (int)response.StatusCode);
        var page = await response.ReadDocumentAsync();
        Assert.Equal("vi", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(code.ToString(), page.QuerySelector("[data-test=status-page]")!.GetAttribute("data-status"));
        Assert.Equal(heading, page.Text("[data-test=status-page] h1"));
        Assert.Null(page.QuerySelector("link[rel=canonical]"));
        Assert.Null(page.QuerySelector("meta[property='og:url']"));
    }

    [Theory]
    [InlineData("/loi/500")]
    [InlineData("/loi/404")]
    [InlineData("/loi/200")]
    [InlineData("/loi")]
    public async Task ErrorPagesOpenedDirectly_Are404(string url)
    {
        var page = await Factory.CreateBrowser().GetDocumentAsync(url, HttpStatusCode.NotFound);
        Assert.Equal("Không tìm thấy trang", page.Text("h1"));
        Assert.Null(page.QuerySelector("link[rel=canonical]"));
    }

    [Fact]
    public async Task FormWithTooManyFields_IsRefusedWithThe400Page()
    {
        var fields = Enumerable.Range(0, 2000).Select(i => new KeyValuePair<string, string>($"f{i}", "1"));
        var response = await Factory.CreateBrowser().PostAsync("/dang-nhap", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        Assert.Equal("400", page.QuerySelector("[data-test=status-page]")!.GetAttribute("data-status"));
        Assert.Equal("Yêu cầu không hợp lệ", page.Text("[data-test=status-page] h1"));
    }

    [Theory]
    [InlineData(5000, 0, HttpStatusCode.RequestUriTooLong, "Địa chỉ quá dài")]
    [InlineData(0, 40_000, HttpStatusCode.RequestHeaderFieldsTooLarge, "Phần đầu yêu cầu quá lớn")]
    public async Task AddressOrHeadersOverTheSiteLimits_GetTheirVietnamesePage(int pathLength, int headerLength, HttpStatusCode expected, string heading)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/" + new string('a', pathLength));
        if (headerLength > 0) request.Headers.Add("X-Big", new string('a', headerLength));

        var response = await Factory.CreateBrowser().SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(heading, (await response.ReadDocumentAsync()).Text("[data-test=status-page] h1"));
    }
}
