using Microsoft.Extensions.Configuration;

namespace UstaOrchard.Core.Data;

/// <summary>Where a site keeps its files: <c>App:DataPath</c>, by default App_Data under the content root.</summary>
public sealed class AppPaths(string dataPath)
{
    public string DataPath { get; } = Path.GetFullPath(dataPath);

    public string SqliteFile => Path.Combine(DataPath, "usta.db");

    public static AppPaths From(IConfiguration configuration, string contentRoot)
    {
        var configured = configuration["App:DataPath"];
        var path = string.IsNullOrWhiteSpace(configured) ? "App_Data" : configured;
        return new AppPaths(Path.IsPathRooted(path) ? path : Path.Combine(contentRoot, path));
    }
}
