using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Usta.Search.Indexing;
using UstaOrchard.Core.Setup;
using UstaOrchard.Web;

namespace UstaOrchard.Bench.Search;

/// <summary>
/// The real rebuild from a site's database: the host's services on DATA (a copy: the start
/// prepares the database, adding the search tables), then <see cref="SearchIndexRebuilder"/>
/// (stored items → <see cref="SearchDocumentBuilder"/> → the index) into FOLDER.
/// </summary>
public static class SearchRebuildBench
{
    public static async Task RunAsync(string data, string folder)
    {
        var web = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(SetupRecipe.Find()))!, "src", "UstaOrchard.Web");
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = ["--App:DataPath", data], ContentRootPath = web });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddUsta();
        await using var app = builder.Build();
        app.UseUsta();
        await app.Services.GetRequiredService<SiteSetup>().PrepareDatabaseAsync();

        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        using var index = new LuceneIndex(SearchIndexDefinition.Default.Name, folder);
        await using var scope = app.Services.CreateAsyncScope();
        var rebuilder = scope.ServiceProvider.GetRequiredService<SearchIndexRebuilder>();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var started = Stopwatch.StartNew();
        var count = await rebuilder.RebuildAsync(index, SearchIndexDefinition.Default, new Dictionary<string, string>(), CancellationToken.None);
        started.Stop();
        Console.WriteLine($"rebuild from the database: {count:N0} items in {started.Elapsed.TotalSeconds:F1} s wall ({count / started.Elapsed.TotalSeconds:N0} items/s), " +
                          $"process CPU {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:F1} s, {SearchBench.Size(folder) / 1048576.0:F1} MiB on disk, " +
                          $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MiB");
    }
}
