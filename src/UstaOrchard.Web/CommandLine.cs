using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Modules;
using UstaOrchard.Core.Recipes;
using UstaOrchard.Core.Recipes.Export;
using UstaOrchard.Core.Recipes.Validation;
using UstaOrchard.Core.Setup;

namespace UstaOrchard.Web;

/// <summary>
/// The host's verbs: <c>recipe apply FILE [--skip-unknown-steps]</c> (a .json or a .zip),
/// <c>recipe export FILE [--types A,B] [--include-media] [--all-versions]</c>, <c>index rebuild [MODULE]</c>,
/// <c>search rebuild [INDEX]</c>. Words before the first
/// <c>--option</c> are the verb; the verbs' own flags (and <c>--types</c>' value) are taken out, and every
/// other option goes to the host's configuration as usual (<c>--App:DataPath /srv/usta</c>).
/// </summary>
public sealed record CommandLine(IReadOnlyList<string> Verb, IReadOnlySet<string> Flags, string[] HostArgs)
{
    private const string SkipUnknownSteps = "--skip-unknown-steps";
    private static readonly string[] VerbFlags = [SkipUnknownSteps, RecipeExportCommand.IncludeMedia, RecipeExportCommand.AllVersions];

    public bool ServesSite => Verb.Count == 0;

    /// <summary>The value of <c>--types</c> ("" when it is given without one), or null.</summary>
    public string? Types { get; init; }

    public static CommandLine Parse(string[] args)
    {
        var verb = args.TakeWhile(a => !a.StartsWith('-')).ToList();
        var rest = args.Skip(verb.Count).ToList();
        string? types = null;
        var at = rest.IndexOf(RecipeExportCommand.TypesOption);
        if (at >= 0)
        {
            var hasValue = at + 1 < rest.Count && !rest[at + 1].StartsWith("--");
            types = hasValue ? rest[at + 1] : "";
            rest.RemoveRange(at, hasValue ? 2 : 1);
        }
        var flags = rest.Where(VerbFlags.Contains).ToHashSet();
        return new CommandLine(verb, flags, rest.Where(a => !flags.Contains(a)).ToArray()) { Types = types };
    }

    public async Task<int> RunAsync(IServiceProvider services, TextWriter output, TextWriter error)
    {
        var S = services.GetRequiredService<IStringLocalizer<CommandLine>>();
        var skipUnknown = Flags.Contains(SkipUnknownSteps);
        try
        {
            return await RunVerbAsync(services, output, error, S, skipUnknown);
        }
        catch (UstaOrchard.Core.Data.SchemaMismatchException e)
        {
            // The database is older than the code and no migration covers it: say what, without a stack trace.
            await error.WriteLineAsync(e.Message);
            return 1;
        }
    }

    private async Task<int> RunVerbAsync(IServiceProvider services, TextWriter output, TextWriter error, IStringLocalizer S, bool skipUnknown)
    {
        switch (Verb)
        {
            case ["recipe", "apply", var file]:
                return await ApplyRecipeAsync(services, file, skipUnknown, output, error, S);
            case ["recipe", "export", var file]:
                return await new RecipeExportCommand(file, Types, Flags.Contains(RecipeExportCommand.IncludeMedia),
                    Flags.Contains(RecipeExportCommand.AllVersions)).RunAsync(services, output, error, S);
            case ["index", "rebuild"]:
                return await RebuildIndexAsync(services, null, output, error, S);
            case ["index", "rebuild", var module]:
                return await RebuildIndexAsync(services, module, output, error, S);
            case ["search", "rebuild"]:
                return await RebuildSearchAsync(services, null, output, error);
            case ["search", "rebuild", var index]:
                return await RebuildSearchAsync(services, index, output, error);
            default:
                await error.WriteLineAsync(S["Unknown command: {0}", string.Join(' ', Verb)]);
                await error.WriteLineAsync(S["Usage:"]);
                await error.WriteLineAsync("  dotnet run --project src/UstaOrchard.Web                      " + S["serve the site"]);
                await error.WriteLineAsync("  dotnet run --project src/UstaOrchard.Web -- recipe apply FILE  " + S["apply a recipe (add --skip-unknown-steps to pass over steps no module handles)"]);
                await error.WriteLineAsync("  dotnet run --project src/UstaOrchard.Web -- recipe export FILE [--types A,B] [--include-media] [--all-versions]  "
                                           + S["export the site (or the content of some types) as a recipe: .zip with media files, else JSON"]);
                await error.WriteLineAsync("  dotnet run --project src/UstaOrchard.Web -- index rebuild [MODULE] " + S["fill the index tables of one module (or of all) again from the stored items"]);
                await error.WriteLineAsync("  dotnet run --project src/UstaOrchard.Web -- search rebuild [INDEX] " + S["rebuild one search index (or all) on every node, and at once on this one if no running site holds it"]);
                return 2;
        }
    }

    private static async Task<int> ApplyRecipeAsync(IServiceProvider services, string file, bool skipUnknown,
        TextWriter output, TextWriter error, IStringLocalizer S)
    {
        // A .zip (an export with its media files) is expanded into a folder of its own, deleted at the end.
        string? expanded = null;
        try
        {
            Recipe recipe;
            try
            {
                if (RecipeExporter.IsZip(file))
                {
                    expanded = Path.Combine(Path.GetTempPath(), "usta-recipe-" + Guid.NewGuid().ToString("N"));
                    recipe = await Recipe.LoadAsync(await RecipeArchive.ExtractAsync(file, expanded));
                }
                else
                {
                    recipe = await Recipe.LoadAsync(file);
                }
            }
            catch (RecipeFormatException e)
            {
                await error.WriteLineAsync(S["The recipe cannot be read: {0}", e.Message]);
                await error.WriteLineAsync(S["Nothing was changed."]);
                return 1;
            }
            return await ApplyAsync(services, recipe, file, skipUnknown, output, error, S);
        }
        finally
        {
            if (expanded is not null && Directory.Exists(expanded)) Directory.Delete(expanded, recursive: true);
        }
    }

    private static async Task<int> ApplyAsync(IServiceProvider services, Recipe recipe, string file, bool skipUnknown,
        TextWriter output, TextWriter error, IStringLocalizer S)
    {
        await services.GetRequiredService<SiteSetup>().PrepareDatabaseAsync();
        try
        {
            var result = await services.GetRequiredService<RecipeExecutor>()
                .ExecuteAsync(recipe, new RecipeOptions { SkipUnknownSteps = skipUnknown, ReplaceExistingUsers = true });
            await output.WriteLineAsync(S["Recipe '{0}' applied:", string.IsNullOrEmpty(result.RecipeName) ? file : result.RecipeName]);
            foreach (var step in result.Steps)
                await output.WriteLineAsync($"  {step.StepNumber}. {step.Name}: {step.Summary}");
            await RecordAsync(services, recipe, file, string.Join("; ", result.Steps.Select(s => $"{s.StepNumber}. {s.Name}: {s.Summary}")), null);
            return 0;
        }
        catch (RecipeExecutionException e)
        {
            await error.WriteLineAsync(e.Message);
            await error.WriteLineAsync(S["Nothing was changed."]);
            await RecordAsync(services, recipe, file, "", e.Message);
            return 1;
        }
        catch (RecipeValidationException e)
        {
            // Every problem on its own line with its place, so the operator fixes them all in one go.
            await error.WriteLineAsync(e.Message);
            foreach (var issue in e.Issues) await error.WriteLineAsync("  " + RecipeIssueText.Describe(issue));
            await error.WriteLineAsync(S["Nothing was changed."]);
            await RecordAsync(services, recipe, file, "", e.Message);
            return 1;
        }
    }

    // The recipes' history shows applies from the command line too (no user: the operator's shell).
    private static Task RecordAsync(IServiceProvider services, Recipe recipe, string file, string summary, string? failure)
        => services.RecordRecipeAuditAsync(new RecipeAuditEntry(RecipeAuditAction.Apply,
            string.IsNullOrEmpty(recipe.Name) ? Path.GetFileName(file) : recipe.Name, UserName: null, RemoteAddress: null,
            services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime, failure is null, summary, failure));

    private static async Task<int> RebuildIndexAsync(IServiceProvider services, string? module, TextWriter output, TextWriter error,
        IStringLocalizer S)
    {
        var catalog = services.GetRequiredService<ModuleCatalog>();
        if (module is not null && !catalog.IsKnown(module))
        {
            await error.WriteLineAsync(S["No module '{0}' is enabled. Modules: {1}", module,
                string.Join(", ", catalog.Modules.Select(m => m.Manifest.Id).Prepend(ModuleCatalog.CoreId))]);
            return 1;
        }

        await services.GetRequiredService<SiteSetup>().PrepareDatabaseAsync();
        await using var scope = services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<ContentIndexRebuilder>().RebuildAsync(module);
        await output.WriteLineAsync(module is null
            ? S["Index of all modules rebuilt: {0} items, {1} handlers.", result.Items, result.Handlers]
            : S["Index of module {0} rebuilt: {1} items, {2} handlers.", module, result.Items, result.Handlers]);
        return 0;
    }

    private static async Task<int> RebuildSearchAsync(IServiceProvider services, string? index, TextWriter output, TextWriter error)
    {
        await services.GetRequiredService<SiteSetup>().PrepareDatabaseAsync();
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<Usta.Search.Indexing.SearchRebuildCommand>()
            .RunAsync(index, Environment.UserName, output, error);
    }
}
