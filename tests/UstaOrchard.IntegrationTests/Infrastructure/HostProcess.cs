using System.Diagnostics;

namespace UstaOrchard.IntegrationTests.Infrastructure;

/// <summary>
/// The built host run as an operator or a service manager runs it: <c>dotnet path/UstaOrchard.Web.dll</c>
/// in Production, from a working directory of the test's choosing, on a data folder of its own.
/// </summary>
public static class HostProcess
{
    public static Process Start(string workingDirectory, string dataPath, IEnumerable<string> args, IDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "UstaOrchard.Web.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.ArgumentList.Add("--App:DataPath=" + dataPath);
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;
        return Process.Start(start)!;
    }

    /// <summary>Runs the host to its end (two minutes at most) and returns its exit code and what it printed.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunToEndAsync(Process process)
    {
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await process.WaitForExitAsync(timeout.Token);
            return (process.ExitCode, await output, await error);
        }
    }
}
