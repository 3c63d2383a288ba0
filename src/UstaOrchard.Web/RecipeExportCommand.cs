using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Definitions;
using UstaOrchard.Core.Recipes;
using UstaOrchard.Core.Recipes.Export;
using UstaOrchard.Core.Setup;

namespace UstaOrchard.Web;

/// <summary>
/// <c>recipe export FILE [--types A,B] [--include-media] [--all-versions]</c>. Without <c>--types</c> it is
/// the whole site (definitions, settings, search indexes, roles, users with their password hashes, content)
/// and <c>--include-media</c> brings the whole library; with <c>--types</c> only those types' definitions
/// and content, and the files that content names. Versions: the published one and a newer draft, or
/// every version with <c>--all-versions</c>. A .zip holds the recipe and the files; any other name is
/// plain JSON (files inline). An existing file is never replaced: exit 1, as for an unknown type or a
/// path that cannot be written; 2 is a usage mistake.
/// </summary>
public sealed record RecipeExportCommand(string File, string? Types, bool WithMedia, bool EveryVersion)
{
    public const string TypesOption = "--types";
    public const string IncludeMedia = "--include-media";
    public const string AllVersions = "--all-versions";

    public async Task<int> RunAsync(IServiceProvider services, TextWriter output, TextWriter error, IStringLocalizer S)
    {
        if (Types is { Length: 0 })
        {
            await error.WriteLineAsync(S["--types needs a list of content types, such as --types Article,Bulletin"]);
            return 2;
        }
        var path = Path.GetFullPath(File);
        if (System.IO.File.Exists(path) || Directory.Exists(path))
        {
            await error.WriteLineAsync(S["'{0}' already exists: export never replaces a file; choose another name or remove it first.", path]);
            return 1;
        }

        await services.GetRequiredService<SiteSetup>().PrepareDatabaseAsync();
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        IReadOnlySet<string>? types = null;
        if (Types is not null)
        {
            var defined = (await sp.GetRequiredService<ContentDefinitionManager>().ListTypesAsync()).Select(t => t.Name).ToList();
            var chosen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var name in Types.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var match = defined.FirstOrDefault(d => string.Equals(d, name, StringComparison.OrdinalIgnoreCase));
                if (match is null)
                {
                    await error.WriteLineAsync(S["There is no content type '{0}'. Types: {1}", name, string.Join(", ", defined)]);
                    return 1;
                }
                chosen.Add(match);
            }
            types = chosen;
        }

        var options = new RecipeExportOptions
        {
            Name = Path.GetFileNameWithoutExtension(path),
            ContentTypes = types,
            Versions = EveryVersion ? ContentExportVersions.AllVersions : ContentExportVersions.PublishedAndDrafts,
            Settings = types is null,
            Roles = types is null,
            Users = types is null,
            Media = !WithMedia ? MediaExportScope.None : types is null ? MediaExportScope.All : MediaExportScope.Referenced,
        };

        RecipeExportResult result;
        try
        {
            result = await sp.GetRequiredService<RecipeExporter>().WriteFileAsync(path, options);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The runtime's own reason is English: the common ones are said in Vietnamese, the rest as they are.
            var reason = e switch
            {
                DirectoryNotFoundException => S["its folder does not exist"].Value,
                UnauthorizedAccessException => S["permission denied"].Value,
                _ => e.Message,
            };
            await error.WriteLineAsync(S["The file '{0}' cannot be written: {1}", path, reason]);
            await RecordAsync(sp, options, result: null, e.Message);
            return 1;
        }

        await output.WriteLineAsync(S["Exported to {0}:", path]);
        foreach (var (step, summary) in result.Steps) await output.WriteLineAsync($"  {step}: {summary}");
        if (RecipeExporter.IsZip(path)) await output.WriteLineAsync("  " + S["{0} files beside the recipe", result.Files]);
        if (options.Users) await output.WriteLineAsync(S["The file holds the users' password hashes: keep it as safe as the database."]);
        await RecordAsync(sp, options, result, failure: null);
        return 0;
    }

    private static async Task RecordAsync(IServiceProvider sp, RecipeExportOptions options, RecipeExportResult? result, string? failure)
    {
        var entry = new RecipeAuditEntry(RecipeAuditAction.Export, options.Name, UserName: null, RemoteAddress: null,
            sp.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime, failure is null, result?.Summary ?? "", failure);
        await sp.RecordRecipeAuditAsync(entry);
    }
}
