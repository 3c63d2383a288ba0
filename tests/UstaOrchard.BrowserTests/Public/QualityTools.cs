using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.BrowserTests.Public;

/// <summary>
/// The checkers the browser suite runs: axe-core and the Nu HTML checker (vnu.jar) from the repository's
/// npm packages (restored by the build's <c>npm ci</c>), and a Java to run vnu.jar. Without them a test is
/// skipped with the reason; under CI=true it fails, so CI cannot pass by skipping.
/// </summary>
public static class QualityTools
{
    public static string AxeScript => Path.Combine(Paths.RepositoryRoot, "node_modules", "axe-core", "axe.min.js");

    public static string VnuJar => Path.Combine(Paths.RepositoryRoot, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    /// <summary>The java on PATH (Debian's default-jre-headless puts it in /usr/bin), or null.</summary>
    public static string? Java { get; } = FindOnPath("java");

    public static void RequireAxe() => Require(File.Exists(AxeScript),
        $"axe-core is not at {AxeScript}: run `npm ci` at the repository root (the build does it when npm is installed).");

    public static void RequireVnu()
    {
        Require(File.Exists(VnuJar), $"vnu.jar is not at {VnuJar}: run `npm ci` at the repository root (the build does it when npm is installed).");
        Require(Java is not null, "No java on PATH to run the Nu HTML checker: install it with `apt-get install -y default-jre-headless`.");
    }

    private static void Require(bool present, string reason)
    {
        if (present) return;
        if (TestDatabase.IsCi) throw new InvalidOperationException("CI=true, so the browser quality checks must run. " + reason);
        Skip.If(true, reason);
    }

    private static string? FindOnPath(string name)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
    }
}
