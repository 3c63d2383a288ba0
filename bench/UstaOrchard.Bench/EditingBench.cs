using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace UstaOrchard.Bench;

/// <summary>
/// Issue 7's benchmark against a running site: the admin content list and its title search
/// (p50/p99 over many requests), then creating and publishing articles through the real form,
/// and editing and republishing one, as an editor does.
/// </summary>
public static partial class EditingBench
{
    public static async Task RunAsync(string baseUrl, string user, string password, int rounds)
    {
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(baseUrl),
            Timeout = TimeSpan.FromMinutes(2),
        };
        await SignInAsync(client, user, password);

        var lists = new (string Name, string Url)[]
        {
            ("list, first page", "/Admin/Contents"),
            ("list, articles only", "/Admin/Contents?type=Article"),
            ("list, page 2,000", "/Admin/Contents?trang=2000"),
            ("list, drafts", "/Admin/Contents?status=draft"),
            ("list, sorted by title", "/Admin/Contents?sort=title"),
            ("title search 'dong nai' (common)", "/Admin/Contents?q=dong+nai"),
            ("title search 'Hội nghị' (accented)", "/Admin/Contents?q=H%E1%BB%99i+ngh%E1%BB%8B"),
            ("title search, no match", "/Admin/Contents?q=zzqxv"),
        };
        foreach (var (name, url) in lists)
        {
            await GetAsync(client, url); // warm-up
            var times = new List<double>();
            for (var i = 0; i < rounds; i++) times.Add(await TimeAsync(() => GetAsync(client, url)));
            Report(name, times);
        }

        var creates = new List<double>();
        string? edit = null;
        for (var i = 0; i < rounds; i++)
        {
            var form = await GetAsync(client, "/Admin/Contents/Create/Article");
            var fields = Hidden(form);
            fields["TitlePart.Title"] = $"Bài đo hiệu năng số {i + 1} về khoa học và kỹ thuật Đồng Nai";
            fields["Article.Lead.Text"] = "Sapo của bài đo hiệu năng.";
            HttpResponseMessage? response = null;
            creates.Add(await TimeAsync(async () => response = await client.PostAsync("/Admin/Contents/Create/Article?handler=Publish", new FormUrlEncodedContent(fields))));
            if (response!.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"create answered {(int)response.StatusCode}");
            edit ??= response.Headers.Location!.OriginalString;
        }
        Report("create + publish an article (POST)", creates);

        var edits = new List<double>();
        for (var i = 0; i < rounds; i++)
        {
            var form = await GetAsync(client, edit!);
            var fields = Hidden(form);
            fields["TitlePart.Title"] = $"Bài đo hiệu năng, sửa lần {i + 1}";
            HttpResponseMessage? response = null;
            edits.Add(await TimeAsync(async () => response = await client.PostAsync(edit + "?handler=Publish", new FormUrlEncodedContent(fields))));
            if (response!.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"edit answered {(int)response.StatusCode}");
        }
        Report("edit + publish again (POST, new version)", edits);
    }

    private static async Task SignInAsync(HttpClient client, string user, string password)
    {
        var page = await GetAsync(client, "/dang-nhap");
        var fields = Hidden(page);
        fields["Input.UserName"] = user;
        fields["Input.Password"] = password;
        var response = await client.PostAsync("/dang-nhap", new FormUrlEncodedContent(fields));
        if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException("sign-in failed");
    }

    private static async Task<string> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"GET {url} answered {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<double> TimeAsync(Func<Task> work)
    {
        var clock = Stopwatch.StartNew();
        await work();
        return clock.Elapsed.TotalMilliseconds;
    }

    // The form's hidden inputs (antiforgery token, version and stamp), as a browser would post them.
    private static Dictionary<string, string> Hidden(string html)
        => HiddenInput().Matches(html).GroupBy(m => WebUtility.HtmlDecode(m.Groups["name"].Value))
            .ToDictionary(g => g.Key, g => WebUtility.HtmlDecode(g.Last().Groups["value"].Value));

    private static void Report(string name, List<double> times)
    {
        times.Sort();
        double At(double q) => times[Math.Min(times.Count - 1, (int)Math.Ceiling(q * times.Count) - 1)];
        Console.WriteLine($"{name,-42} n={times.Count,4}  p50 {At(0.5),7:F1} ms  p99 {At(0.99),7:F1} ms  max {times[^1],7:F1} ms");
    }

    [GeneratedRegex("<input[^>]*type=\"hidden\"[^>]*name=\"(?<name>[^\"]+)\"[^>]*value=\"(?<value>[^\"]*)\"|<input[^>]*name=\"(?<name>[^\"]+)\"[^>]*type=\"hidden\"[^>]*value=\"(?<value>[^\"]*)\"")]
    private static partial Regex HiddenInput();
}
