using System.Text;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace UstaOrchard.BrowserTests.Public;

/// <summary>
/// What the journey checks on every page it opens: axe-core's serious and critical violations, script
/// errors and CSP refusals in the console; and what it keeps: a full-page screenshot and the HTML as the
/// server sent it, for one run of the Nu HTML checker over every page at the end.
/// </summary>
public sealed class JourneyAudit(string folder, ITestOutputHelper output)
{
    // Console and page-error events arrive on Playwright's thread.
    private readonly List<string> _failures = [];
    private readonly Lock _gate = new();
    private readonly Dictionary<string, string> _html = new(StringComparer.Ordinal);
    private readonly List<(List<string> Files, Task<IReadOnlyList<NuMessage>> Check)> _checking = [];

    public string Screenshots => Path.Combine(folder, "screenshots");

    /// <summary>Reports script errors and CSP refusals on this page as failures.</summary>
    public void Watch(IPage page, int width)
    {
        page.PageError += (_, error) => Fail($"{width} px {page.Url}: script error: {error}");
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
                Fail($"{width} px {page.Url}: {message.Text}");
        };
    }

    /// <summary>Checks the page the reader is on; <paramref name="response"/> is its navigation's.</summary>
    public async Task CheckAsync(IPage page, IResponse? response, string name, int width, int status = 200)
    {
        Assert.True(response?.Status == status, $"{name} at {width} px: {page.Url} answered {response?.Status.ToString() ?? "nothing"}, not {status}");
        await SaveHtmlAsync(await response!.TextAsync(), name, width);

        // Phone-first: nothing may push the page wider than the window (a reader would scroll sideways).
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        if (overflow > 0) Fail($"{name} at {width} px ({page.Url}): the page is {overflow} px wider than the window");

        foreach (var violation in await AxeAudit.RunAsync(page))
        {
            var line = $"{name} at {width} px ({page.Url}): {violation}";
            if (violation.IsBlocking) Fail("axe: " + line);
            else output.WriteLine("axe (not blocking): " + line);
        }
        Directory.CreateDirectory(Screenshots);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, $"{width}-{name}.png"), FullPage = true });
    }

    /// <summary>Keeps the page's HTML for the Nu checker, once: the same HTML at another width is not checked again.</summary>
    private async Task SaveHtmlAsync(string html, string name, int width)
    {
        if (_html.ContainsValue(html)) return;
        var file = Path.Combine(folder, "html", $"{name}-{width}.html");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllTextAsync(file, html);
        _html[file] = html;
    }

    /// <summary>
    /// Starts the Nu checker on the pages saved so far while the journey goes on (at the next width the
    /// HTML is the same, so it is usually all there is to check).
    /// </summary>
    public void CheckSavedHtmlInBackground()
    {
        var files = _html.Keys.Except(_checking.SelectMany(c => c.Files)).ToList();
        if (files.Count > 0) _checking.Add((files, Task.Run(() => NuChecker.CheckAsync(files))));
    }

    /// <summary>Runs the Nu HTML checker over every saved page not checked yet, then fails with everything found.</summary>
    public async Task AssertCleanAsync()
    {
        output.WriteLine($"Screenshots: {Screenshots}");
        output.WriteLine($"HTML checked: {Path.Combine(folder, "html")} ({_html.Count} pages)");
        CheckSavedHtmlInBackground();
        foreach (var (_, check) in _checking)
        {
            foreach (var message in await check) Fail("vnu: " + message);
        }
        lock (_gate)
        {
            if (_failures.Count == 0) return;
            var report = new StringBuilder($"{_failures.Count} problem(s) on the reader's pages:\n");
            foreach (var failure in _failures) report.Append("  - ").AppendLine(failure);
            Assert.Fail(report.ToString());
        }
    }

    private void Fail(string failure)
    {
        lock (_gate) _failures.Add(failure);
    }
}
