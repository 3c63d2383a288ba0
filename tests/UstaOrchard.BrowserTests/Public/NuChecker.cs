using System.Diagnostics;
using System.Text.Json;

namespace UstaOrchard.BrowserTests.Public;

/// <summary>One error the Nu HTML checker reported, with where it is.</summary>
public sealed record NuMessage(string File, string Type, string Message, int? LastLine, string? Extract)
{
    public override string ToString() => $"{File}:{LastLine}: {Message}" + (Extract is null ? "" : $"\n      «{Extract.ReplaceLineEndings(" ")}»");
}

/// <summary>
/// The Nu HTML checker (vnu.jar) run once, in one Java process, over every saved page: a Java start
/// costs seconds, a page a few milliseconds.
/// </summary>
public static class NuChecker
{
    public static async Task<IReadOnlyList<NuMessage>> CheckAsync(IReadOnlyCollection<string> files)
    {
        var start = new ProcessStartInfo(QualityTools.Java!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // vnu needs a deep stack for its schema; a short-lived run is faster with the quick JIT tier and the serial GC.
        foreach (var arg in new[] { "-Xss4m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", QualityTools.VnuJar, "--errors-only", "--format", "json", "--stdout" }.Concat(files))
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        var report = await stdout;
        // Exit code 1 means "errors found"; anything else but 0 is the checker failing to run.
        if (process.ExitCode is not (0 or 1) || report.Length == 0)
            throw new InvalidOperationException($"vnu.jar exited with {process.ExitCode}: {await stderr}");

        using var json = JsonDocument.Parse(report);
        return json.RootElement.GetProperty("messages").EnumerateArray()
            .Select(m => new NuMessage(
                Path.GetFileName(m.GetProperty("url").GetString() ?? ""),
                m.GetProperty("type").GetString()!,
                m.GetProperty("message").GetString()!,
                m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : null,
                m.TryGetProperty("extract", out var extract) ? extract.GetString() : null))
            .Where(m => m.Type is "error" or "non-document-error")
            .ToList();
    }
}
