using System.Text.Json;
using Microsoft.Playwright;

namespace UstaOrchard.BrowserTests.Public;

/// <summary>One rule axe-core found broken on a page, with the elements that break it.</summary>
public sealed record AxeViolation(string Id, string? Impact, string Help, string HelpUrl, IReadOnlyList<string> Targets)
{
    public bool IsBlocking => Impact is "serious" or "critical";

    public override string ToString() => $"{Id} ({Impact}): {Help} [{string.Join(" | ", Targets)}] {HelpUrl}";
}

/// <summary>
/// Runs axe-core in the page for WCAG 2.0/2.1 A and AA and axe's best practices. axe is loaded by the
/// context as an init script (see <see cref="InstallAsync"/>), which the site's CSP does not govern, so
/// the pages keep their real CSP while they are checked.
/// </summary>
public static class AxeAudit
{
    private static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

    private const string Run = """
        async (tags) => {
            const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
            return result.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
                // The summary says what to fix (for contrast: the colours and the ratio found).
                targets: v.nodes.map(n => n.target.join(' ') + (n.failureSummary ? ' — ' + n.failureSummary.replace(/\s+/g, ' ').slice(0, 240) : ''))
            }));
        }
        """;

    public static Task InstallAsync(IBrowserContext context) => context.AddInitScriptAsync(scriptPath: QualityTools.AxeScript);

    public static async Task<IReadOnlyList<AxeViolation>> RunAsync(IPage page)
    {
        var json = await page.EvaluateAsync<JsonElement>(Run, Tags);
        return json.Deserialize<AxeViolation[]>(new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }
}
