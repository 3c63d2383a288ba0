using System.Collections.Concurrent;
using System.Text;
using UstaOrchard.IntegrationTests.Infrastructure;
using UstaOrchard.Web.Hosting;

namespace UstaOrchard.IntegrationTests.Host.Hostile;

/// <summary>
/// Bad values thrown at every route and every form the site has (found, not listed: see <see cref="SiteMap"/>).
/// Each test sends its whole table and reports every wrong answer at once. Kestrel-level cases
/// (NUL, 10,000-character request lines, 200 KB headers as raw bytes) are in <see cref="KestrelLimitsTests"/>.
/// </summary>
public class HostileInputTests(HostileSiteFixture site) : IClassFixture<HostileSiteFixture>
{
    private IReadOnlyList<RouteTarget> Routes => site.Map.Routes;

    [Fact]
    public void TheMap_FindsTheSitesRoutesAndForms()
    {
        var patterns = Routes.Select(r => r.Pattern.RawText).ToList();
        Assert.Contains("ngay/{date?}", patterns);
        Assert.Contains("{**path}", patterns);
        Assert.Contains(Routes, r => r.Pattern.RawText == "/media/{**path}" && r.Url.StartsWith("/media/", StringComparison.Ordinal));
        Assert.Contains(Routes, r => r.Url.StartsWith("/chuyen-muc/", StringComparison.Ordinal) && r.QueryNames.Contains("trang"));
        Assert.Contains(site.Map.Forms, f => f.Method == "POST" && f.Fields.Any(x => x.Key == "Input.Password"));
        // The sidebar's date form became the calendar: its month pages are a route of their own.
        Assert.Contains("lich/{month?}", patterns);
    }

    [Fact]
    public Task RouteParameters_WithBadValues() => SendAllAsync(
        from route in Routes.DistinctBy(r => r.Pattern.RawText)
        from value in BadValues.Encoded
        select Get(SiteMap.WithParameter(route, value)));

    [Fact]
    public Task QueryValues_WithBadValues() => SendAllAsync(
        from route in Routes
        from name in route.QueryNames
        from value in BadValues.Encoded
        // An admin page sends this anonymous stranger to the login page before it reads a value.
        select Get($"{route.Url}?{name}={value}", expected: name == "trang" && value is "0" or "-1" or "2147483648" or "abc"
            && !route.Url.StartsWith("/Admin", StringComparison.Ordinal) ? "404" : null));

    [Fact]
    public Task EveryMethod_OnEveryRoute() => SendAllAsync(
        from route in Routes
        from method in BadValues.Methods
        select new Probe(new HttpMethod(method), route.Url, Expected: method switch
        {
            "OPTIONS" => "204",
            "PUT" or "DELETE" or "PATCH" or "TRACE" or "PROPFIND" => "405",
            _ => null,
        }));

    [Fact]
    public Task OddHostHeaders_OnEveryRoute() => SendAllAsync(
        from route in Routes
        from host in BadValues.Hosts
        select Get(route.Url) with { Host = host });

    [Fact]
    public Task OversizedHeaders_OnEveryRoute() => SendAllAsync(
        from route in Routes
        select Get(route.Url, expected: "431") with { Headers = [new("X-Big", new string('a', RequestLimits.MaxHeadersSize + 1))] });

    [Fact]
    public async Task EveryFormField_WithBadValues()
    {
        var probes = new List<Probe>();
        foreach (var form in site.Map.Forms)
        {
            foreach (var field in form.Fields.Select(f => f.Key))
            {
                foreach (var value in BadValues.Form)
                    probes.Add(Submit(form, field, value));
            }
            // One body far over what any form needs, in its first field.
            if (form.Method == "POST" && form.Fields.Count > 0) probes.Add(Submit(form, form.Fields[^1].Key, BadValues.Huge));
        }
        await SendAllAsync(probes);
    }

    private static Probe Get(string url, string? expected = null)
        => new(HttpMethod.Get, url, Expected: url.Length > RequestLimits.MaxUrlLengthFor(new Microsoft.AspNetCore.Http.PathString(url.Split('?', 2)[0])) ? "414" : expected);

    private const string TokenField = "__RequestVerificationToken";

    private static Probe Submit(FormTarget form, string field, string value)
    {
        // The token is the sending client's own (added when sent), unless the token is what is attacked.
        var fields = form.Fields.Where(f => f.Key != TokenField || f.Key == field);
        var body = string.Join('&', fields.Select(f => $"{Uri.EscapeDataString(f.Key)}={(f.Key == field ? value : Uri.EscapeDataString(f.Value))}"));
        var tokenPage = field != TokenField && form.Fields.Any(f => f.Key == TokenField) ? form.PageUrl : null;
        return form.Method == "GET"
            ? Get($"{form.Action}?{body}")
            : new Probe(HttpMethod.Post, form.Action, Body: body, TokenPage: tokenPage);
    }

    private async Task SendAllAsync(IEnumerable<Probe> probes)
    {
        var problems = new ConcurrentBag<string>();
        var list = probes.ToList();
        Assert.NotEmpty(list);
        // A few at a time: fast on two cores, and every client keeps its own cookies and antiforgery token.
        await Parallel.ForEachAsync(list.Chunk((list.Count + 3) / 4), async (chunk, _) =>
        {
            var client = site.Factory.CreateBrowser();
            var tokenFor = new Dictionary<string, string>();
            foreach (var probe in chunk)
            {
                var request = new HttpRequestMessage(probe.Method, probe.Url);
                if (probe.Host is not null) request.Headers.TryAddWithoutValidation("Host", probe.Host);
                foreach (var (name, value) in probe.Headers ?? []) request.Headers.TryAddWithoutValidation(name, value);
                if (probe.Body is not null)
                {
                    var body = probe.Body;
                    if (probe.TokenPage is not null) body += $"&{TokenField}=" + await TokenAsync(client, tokenFor, probe.TokenPage);
                    request.Content = new StringContent(body, Encoding.ASCII, "application/x-www-form-urlencoded");
                }
                HttpResponseMessage response;
                try
                {
                    response = await client.SendAsync(request);
                }
                catch (Exception e) when (IsRefusedByTheTestServer(e))
                {
                    // The in-memory server cannot carry it (a NUL in the path, a Host that is not valid punycode):
                    // KestrelLimitsTests sends these as raw bytes to a real Kestrel.
                    continue;
                }
                foreach (var problem in await ResponseChecks.ProblemsAsync($"{probe.Method} {Shorten(probe.Url)}{(probe.Host is null ? "" : " Host: " + probe.Host)}", response, probe.Expected, probe.Host))
                    problems.Add(problem);
            }
        });
        Assert.True(problems.IsEmpty, $"{problems.Count} wrong answers of {list.Count}:\n" + string.Join("\n", problems.Order().Take(40)));
    }

    // The page's own token for this client, so that a form's bad value reaches its handler, not only antiforgery.
    private static async Task<string> TokenAsync(HttpClient client, Dictionary<string, string> tokens, string pageUrl)
    {
        if (tokens.TryGetValue(pageUrl, out var token)) return token;
        var page = await client.GetDocumentAsync(pageUrl);
        token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? "";
        return tokens[pageUrl] = Uri.EscapeDataString(token);
    }

    private static bool IsRefusedByTheTestServer(Exception e)
        => e is InvalidOperationException or ArgumentException && e.StackTrace?.Contains("TestHost.ClientHandler") == true
           && !e.StackTrace.Contains("UstaOrchard.Web", StringComparison.Ordinal);

    private static string Shorten(string url) => url.Length > 120 ? url[..100] + $"…({url.Length} chars)" : url;

    private sealed record Probe(HttpMethod Method, string Url, string? Expected = null, string? Body = null, string? TokenPage = null)
    {
        public string? Host { get; init; }
        public IReadOnlyList<KeyValuePair<string, string>>? Headers { get; init; }
    }
}
