using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Recipes;
using UstaOrchard.Core.Setup;

namespace UstaOrchard.Web;

/// <summary>
/// The host's verbs: <c>recipe apply FILE [--skip-unknown-steps]</c>. Words before the first
/// <c>--option</c> are the verb; the verbs' own flags are taken out, and every other option goes
/// to the host's configuration as usual (<c>--App:DataPath /srv/usta</c>).
/// </summary>
public sealed record CommandLine(IReadOnlyList<string> Verb, IReadOnlySet<string> Flags, string[] HostArgs)
{
    private const string SkipUnknownSteps = "--skip-unknown-steps";

    public bool ServesSite => Verb.Count == 0;

    public static CommandLine Parse(string[] args)
    {
        var verb = args.TakeWhile(a => !a.StartsWith('-')).ToList();
        var rest = args.Skip(verb.Count).ToList();
        var flags = rest.Where(a => a == SkipUnknownSteps).ToHashSet();
        return new CommandLine(verb, flags, rest.Where(a => !flags.Contains(a)).ToArray());
    }

    public async Task<int> RunAsync(IServiceProvider services, TextWriter output, TextWriter error)
    {
        var S = services.GetRequiredService<IStringLocalizer<CommandLine>>();
        var skipUnknown = Flags.Contains(SkipUnknownSteps);
        switch (Verb)
        {
            case ["recipe", "apply", var file]:
                return await ApplyRecipeAsync(services, file, skipUnknown, output, error, S);
            default:
                await error.WriteLineAsync(S["Unknown command: {0}", string.Join(' ', Verb)]);
                await error.WriteLineAsync(S["Usage:"]);
                await error.WriteLineAsync("  dotnet run --project src/UstaOrchard.Web                      " + S["serve the site"]);
                await error.WriteLineAsync("  dotnet run --project src/UstaOrchard.Web -- recipe apply FILE  " + S["apply a recipe (add --skip-unknown-steps to pass over steps no module handles)"]);
                return 2;
        }
    }

    private static async Task<int> ApplyRecipeAsync(IServiceProvider services, string file, bool skipUnknown,
        TextWriter output, TextWriter error, IStringLocalizer S)
    {
        Recipe recipe;
        try
        {
            recipe = await Recipe.LoadAsync(file);
        }
        catch (RecipeFormatException e)
        {
            await error.WriteLineAsync(S["The recipe cannot be read: {0}", e.Message]);
            return 1;
        }

        await services.GetRequiredService<SiteSetup>().PrepareDatabaseAsync();
        try
        {
            var result = await services.GetRequiredService<RecipeExecutor>()
                .ExecuteAsync(recipe, new RecipeOptions { SkipUnknownSteps = skipUnknown });
            await output.WriteLineAsync(S["Recipe '{0}' applied:", string.IsNullOrEmpty(result.RecipeName) ? file : result.RecipeName]);
            foreach (var step in result.Steps)
                await output.WriteLineAsync($"  {step.Index}. {step.Name}: {step.Summary}");
            return 0;
        }
        catch (RecipeExecutionException e)
        {
            await error.WriteLineAsync(e.Message);
            await error.WriteLineAsync(S["Nothing was changed."]);
            return 1;
        }
    }
}
