using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Host;

/// <summary>The built host started as a service manager starts it: <c>dotnet path/UstaOrchard.Web.dll</c> from another folder.</summary>
public partial class HostProcessTests : IDisposable
{
    private readonly string _folder = Paths.NewDataFolder();

    // The working directory holds no appsettings.json: the host must find its own.
    private Process Start(IDictionary<string, string>? environment, params string[] args)
        => HostProcess.Start(_folder, Path.Combine(_folder, "App_Data"), args.Append("--Setup:Recipe=blank"), environment);

    private Task<(int ExitCode, string Output, string Error)> RunToEndAsync(IDictionary<string, string>? environment, params string[] args)
        => HostProcess.RunToEndAsync(Start(environment, args));

    [GeneratedRegex(@"UstaOrchard is serving at (http://127\.0\.0\.1:\d+)")]
    private static partial Regex ServingAt();

    [Fact]
    public async Task StartedFromAnotherFolder_ReadsItsOwnAppSettings()
    {
        using var process = Start(null, "--urls", "http://127.0.0.1:0");
        var output = new StringBuilder();
        var serving = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (output) output.AppendLine(e.Data);
            if (ServingAt().Match(e.Data) is { Success: true } match) serving.TrySetResult(match.Groups[1].Value);
        };
        process.BeginOutputReadLine();
        try
        {
            var url = await serving.Task.WaitAsync(TimeSpan.FromMinutes(2));
            using var client = new HttpClient();
            Assert.True((await client.GetAsync(url + "/")).IsSuccessStatusCode);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        var log = output.ToString();
        Assert.Contains("Content root path: " + AppContext.BaseDirectory.TrimEnd('/'), log);
        // appsettings.json keeps ASP.NET Core's own per-request lines at Warning.
        Assert.DoesNotContain("Request starting", log);
    }

    [Fact]
    public async Task UnknownTimeZone_StopsTheStartNamingTheKey()
    {
        var result = await RunToEndAsync(null, "--Site:TimeZone", "Sao-Hoa/Thu-Do", "--urls", "http://127.0.0.1:0");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Không có múi giờ 'Sao-Hoa/Thu-Do' (thiết lập Site:TimeZone)", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
        Assert.False(Directory.Exists(Path.Combine(_folder, "App_Data")));
    }

    [Theory]
    [InlineData("--Site:BaseUrl", "javascript:alert(1)", "Site:BaseUrl")]
    [InlineData("--ForwardedHeaders:KnownProxies", "khong-phai-ip", "ForwardedHeaders:KnownProxies")]
    public async Task UnusableSetting_StopsTheStartWithAMessage_NotAStackTrace(string key, string value, string named)
    {
        var result = await RunToEndAsync(null, key, value, "--urls", "http://127.0.0.1:0");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(named, result.Error);
        Assert.Contains(value, result.Error);
        Assert.DoesNotContain("   at ", result.Error);
        Assert.DoesNotContain("Unhandled exception", result.Error);
    }

    [Fact]
    public async Task MissingTimeZoneDatabase_StopsTheStartAndSaysWhatToInstall()
    {
        // TZDIR is where .NET reads the time-zone database on Linux; an empty folder is a machine without tzdata.
        var empty = Directory.CreateDirectory(Path.Combine(_folder, "no-tzdata")).FullName;
        var result = await RunToEndAsync(new Dictionary<string, string> { ["TZDIR"] = empty }, "--urls", "http://127.0.0.1:0");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Máy này không có cơ sở dữ liệu múi giờ, nên không tìm được múi giờ 'Asia/Ho_Chi_Minh' (Site:TimeZone)", result.Error);
        Assert.Contains("apt-get install tzdata", result.Error);
    }

    public void Dispose()
    {
        Paths.DeleteFolder(_folder);
        GC.SuppressFinalize(this);
    }
}
