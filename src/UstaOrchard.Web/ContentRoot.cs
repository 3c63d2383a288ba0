namespace UstaOrchard.Web;

/// <summary>
/// Where the site's own files (appsettings.json, wwwroot, App_Data by default) are, whatever the
/// working directory: a service manager starts <c>dotnet /srv/usta/UstaOrchard.Web.dll</c> from
/// "/", where ASP.NET Core's default (the working directory) silently skips appsettings.json.
/// </summary>
public static class ContentRoot
{
    /// <summary>
    /// The folder of the binaries; for a build inside the sources (<c>bin/Debug/net10.0</c> under
    /// the project, as <c>dotnet run</c> uses) the project folder, so App_Data stays beside the
    /// sources. Null when the operator chose one (<c>--contentRoot</c>, ASPNETCORE_CONTENTROOT).
    /// </summary>
    public static string? Find(string[] args)
    {
        if (args.Any(a => a.TrimStart('-').StartsWith("contentRoot", StringComparison.OrdinalIgnoreCase))
            || Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT") is { Length: > 0 }
            || Environment.GetEnvironmentVariable("DOTNET_CONTENTROOT") is { Length: > 0 })
            return null;

        var binaries = AppContext.BaseDirectory;
        var project = Path.GetFullPath(Path.Combine(binaries, "..", "..", ".."));
        return File.Exists(Path.Combine(project, typeof(ContentRoot).Assembly.GetName().Name + ".csproj")) ? project : binaries;
    }
}
