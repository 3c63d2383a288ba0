using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Recipes;
using UstaOrchard.Core.Recipes.Validation;
using UstaOrchard.Core.Setup;
using UstaOrchard.Web;
using UstaOrchard.Web.Hosting;

var command = CommandLine.Parse(args);
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = command.HostArgs, ContentRootPath = ContentRoot.Find(command.HostArgs) });
if (!command.ServesSite) builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.AddUsta();

var app = builder.Build();
try
{
    app.UseUsta();
}
catch (StartupConfigurationException e)
{
    // A setting the operator must correct: say which, without a stack trace.
    Console.Error.WriteLine(e.Message);
    return 1;
}

var S = app.Services.GetRequiredService<IStringLocalizer<CommandLine>>();
if (TimeZoneCheck.ConfigurationProblem(app.Configuration, S) is { } zoneProblem)
{
    Console.Error.WriteLine(zoneProblem);
    return 1;
}

if (!command.ServesSite)
    return await command.RunAsync(app.Services, Console.Out, Console.Error);

SetupOutcome setup;
try
{
    setup = await app.Services.GetRequiredService<SiteSetup>().EnsureSetUpAsync(app.Lifetime.ApplicationStopping);
}
catch (Exception e) when (e is RecipeFormatException or RecipeExecutionException or RecipeValidationException)
{
    // An operator's setup recipe is wrong: say which part (every part, for a recipe refused before it ran), start nothing, change nothing.
    Console.Error.WriteLine(S["The site cannot be set up: {0}", e.Message]);
    foreach (var issue in (e as RecipeValidationException)?.Issues ?? []) Console.Error.WriteLine("  " + RecipeIssueText.Describe(issue));
    Console.Error.WriteLine(S["Nothing was changed."]);
    return 1;
}
catch (UstaOrchard.Core.Data.SchemaMismatchException e)
{
    // Code newer than the database and no migration for it: the operator must act, the site must not serve.
    Console.Error.WriteLine(e.Message);
    return 1;
}

if (await TimeZoneCheck.SiteProblemAsync(app.Services, S, app.Lifetime.ApplicationStopping) is { } siteZoneProblem)
{
    Console.Error.WriteLine(siteZoneProblem);
    return 1;
}

if (setup.GeneratedPassword is not null)
{
    // Printed to the console once, never logged: logs are kept and shipped, the console is not.
    Console.WriteLine();
    Console.WriteLine("========================================================================");
    Console.WriteLine(S["The site was set up from recipe '{0}'.", setup.RecipeName]);
    Console.WriteLine(S["Administrator: {0}    Password: {1}", setup.AdminUserName, setup.GeneratedPassword]);
    Console.WriteLine(S["This password is shown only once: write it down, then change it after you log in."]);
    Console.WriteLine("========================================================================");
    Console.WriteLine();
}

app.Lifetime.ApplicationStarted.Register(() =>
{
    var urls = string.Join(", ", app.Urls);
    app.Logger.LogInformation("UstaOrchard is serving at {Urls} (administration: /Admin)", urls);
    // The content root no longer follows the working directory: say where the data is.
    app.Logger.LogInformation("Content root {ContentRoot}, data folder {DataPath}", app.Environment.ContentRootPath,
        app.Services.GetRequiredService<UstaOrchard.Core.Data.AppPaths>().DataPath);
});

await app.RunAsync();
return 0;

/// <summary>Visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
