using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace UstaOrchard.Bench;

/// <summary>
/// The admin content list and an editor's save and publish, timed one request at a time through
/// the real pages (signed in as USER) on a running site: p50 and p99 of each.
/// </summary>
public static partial class ContentsBench
{
    public static async Task RunAsync(string baseUrl, string user, string password, int requests)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
        {
            BaseAddress = new Uri(baseUrl),
            Timeout = TimeSpan.FromMinutes(2),
        };
        await SignInAsync(http, user, password);

        Console.WriteLine("| request | p50 | p99 | status |");
        Console.WriteLine("|---|---|---|---|");
        string[] lists =
        [
            "/Admin/Contents",
            "/Admin/Contents?type=Article&status=published&sort=published&trang=100",
            "/Admin/Contents?type=Article&sort=title&trang=2000",
            "/Admin/Contents?status=draft",
            "/Admin/Contents?q=dong+nai",
            "/Admin/Contents?q=nuoc+song+dong+nai&sort=title",
            "/Admin/Contents?q=khong+co+tieu+de+nay",
        ];
        foreach (var url in lists)
        {
            var status = 0;
            var times = await TimeAsync(requests, async () => status = (int)(await http.GetAsync(url)).StatusCode);
            Report(url, times, status);
        }

        var saves = Math.Max(10, requests / 4);
        var saved = 0;
        var create = await TimeAsync(saves, async () =>
        {
            var form = await (await http.GetAsync("/Admin/Contents/Create/Article")).Content.ReadAsStringAsync();
            var fields = Inputs(form);
            fields["TitlePart.Title"] = $"Bài đo thời gian lưu {Guid.NewGuid():N}";
            var response = await http.PostAsync("/Admin/Contents/Create/Article?handler=Publish", new FormUrlEncodedContent(fields));
            saved = (int)response.StatusCode;
        });
        Report("open the editor, create and publish an article", create, saved);
    }

    internal static async Task SignInAsync(HttpClient http, string user, string password)
    {
        var page = await (await http.GetAsync("/dang-nhap")).Content.ReadAsStringAsync();
        var fields = Inputs(page);
        fields["Input.UserName"] = user;
        fields["Input.Password"] = password;
        var response = await http.PostAsync("/dang-nhap", new FormUrlEncodedContent(fields));
        if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"Sign-in failed: {(int)response.StatusCode}");
    }

    // Warm-up of a fifth, then every request timed on its own.
    internal static async Task<List<double>> TimeAsync(int count, Func<Task> request)
    {
        for (var i = 0; i < Math.Max(3, count / 5); i++) await request();
        var times = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var clock = Stopwatch.StartNew();
            await request();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return times;
    }

    internal static void Report(string name, List<double> sorted, int status)
        => Console.WriteLine($"| `{name}` | {Percentile(sorted, 0.50):F1} ms | {Percentile(sorted, 0.99):F1} ms | {status} |");

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    // The form's hidden and text inputs with their values (enough for the sign-in and create forms).
    private static Dictionary<string, string> Inputs(string html)
    {
        var fields = new Dictionary<string, string>();
        foreach (Match input in Input().Matches(html))
        {
            var tag = input.Value;
            var name = Attribute(tag, "name");
            if (name is null || tag.Contains("type=\"submit\"") || tag.Contains("type=\"checkbox\"")) continue;
            fields[WebUtility.HtmlDecode(name)] = WebUtility.HtmlDecode(Attribute(tag, "value") ?? "");
        }
        return fields;
    }

    private static string? Attribute(string tag, string name)
        => Regex.Match(tag, $"\\s{name}=\"([^\"]*)\"") is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex("<input\\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Input();
}
