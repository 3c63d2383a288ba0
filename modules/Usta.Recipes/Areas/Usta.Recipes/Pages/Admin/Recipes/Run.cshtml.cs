using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Usta.Recipes.Journal;
using Usta.Recipes.Runs;

namespace Usta.Recipes.Areas.Usta.Recipes.Pages.Admin.Recipes;

/// <summary>
/// A recipe being applied, then its result. While it runs, the page reloads itself every few seconds
/// (a meta refresh inside noscript); with JavaScript, recipe-run.js polls the Status handler instead
/// and moves the progress bar, reloading the page once the run has ended.
/// </summary>
[Authorize(Policy = RecipesStartup.ApplyRecipesPolicy)]
public sealed class RunModel(RecipeRuns runs, IStringLocalizer<RecipesStartup> S) : PageModel
{
    public const int RefreshSeconds = 2;

    public RecipeRun Run { get; private set; } = null!;
    public RecipeRunState State { get; private set; }
    public JournalView? Journal { get; private set; }
    public string ProgressText { get; private set; } = "";

    public IActionResult OnGet(string id)
    {
        if (runs.Find(id) is not { } run) return NotFound();
        Run = run;
        // One reading of the state for the whole page (the run may end while it renders), taken before
        // the result: a run seen finished has its result or failure in place.
        State = run.State;
        ProgressText = Describe(run);
        if (State == RecipeRunState.Succeeded) Journal = JournalView.From(run.Result!, S);
        return Page();
    }

    /// <summary>Where the run is, for recipe-run.js: its state, the step and the numbers the progress bar needs.</summary>
    public IActionResult OnGetStatus(string id)
    {
        if (runs.Find(id) is not { } run) return NotFound();
        var progress = run.Progress;
        Response.Headers.CacheControl = "no-store";
        return new JsonResult(new
        {
            state = run.State.ToString().ToLowerInvariant(),
            step = progress?.StepIndex ?? 0,
            steps = progress?.StepCount ?? 0,
            text = Describe(run),
        });
    }

    private string Describe(RecipeRun run) => run.Progress is { } p
        ? S["Step {0} of {1} ({2}): {3} item(s) read", p.StepIndex, p.StepCount, p.StepName, p.ItemsDone]
        : S["Starting…"];
}
