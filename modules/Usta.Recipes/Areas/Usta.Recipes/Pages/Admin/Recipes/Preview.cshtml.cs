using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Usta.Recipes.Journal;
using Usta.Recipes.Runs;
using UstaOrchard.Core.Recipes;

namespace Usta.Recipes.Areas.Usta.Recipes.Pages.Admin.Recipes;

/// <summary>
/// What a recipe would change (the executor's dry run, rolled back), its problems, its unsupported
/// steps with the box to skip them, and the apply button, which starts the run and goes to its page.
/// </summary>
[Authorize(Policy = RecipesStartup.ApplyRecipesPolicy)]
public sealed class PreviewModel(RecipePreviewer previewer, RecipeRuns runs, IStringLocalizer<RecipesStartup> S) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Name { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Upload { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Skip { get; set; }

    [BindProperty]
    public bool ConfirmSetup { get; set; }

    public RecipeSource Source { get; private set; } = null!;
    public PreviewOutcome Outcome { get; private set; } = null!;
    public JournalView? Journal { get; private set; }
    public string? Error { get; private set; }
    public RecipeRun? Running { get; private set; }
    public string Title => Outcome.Recipe is { DisplayName.Length: > 0 } recipe ? recipe.DisplayName : Source.Name;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (previewer.Find(Name, Upload) is not { } source) return NotFound();
        await PreviewAsync(source, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostApplyAsync(CancellationToken ct)
    {
        if (previewer.Find(Name, Upload) is not { } source) return NotFound();
        var (recipe, failure) = await previewer.LoadAsync(source, ct);
        if (recipe is null || failure is not null) return await RefuseAsync(source, null, ct);
        if (recipe.IsSetupRecipe && !ConfirmSetup)
            return await RefuseAsync(source, S["Tick the box to confirm applying a setup recipe to this site."], ct);

        var request = new RecipeRunRequest(recipe, source.Name, source.UploadId, Skip, User.Identity?.Name,
            HttpContext.Connection.RemoteIpAddress?.ToString());
        if (runs.Start(request) is not { } run) return await RefuseAsync(source, null, ct, StatusCodes.Status409Conflict);
        Response.Headers.Location = Url.Page("Run", new { id = run.Id });
        return StatusCode(StatusCodes.Status303SeeOther);
    }

    private async Task<IActionResult> RefuseAsync(RecipeSource source, string? error, CancellationToken ct, int status = StatusCodes.Status400BadRequest)
    {
        await PreviewAsync(source, ct);
        Error = error ?? Error;
        Response.StatusCode = status;
        return Page();
    }

    private async Task PreviewAsync(RecipeSource source, CancellationToken ct)
    {
        Source = source;
        // A preview runs in the recipe's transaction like an apply: it would only wait for the running one.
        if (runs.Running is { } running)
        {
            Running = running;
            Error = S["Another recipe is being applied on this site. Wait until it ends, then apply this one."];
            Outcome = new PreviewOutcome((await previewer.LoadAsync(source, ct)).Recipe, null, null, []);
            return;
        }
        Outcome = await previewer.PreviewAsync(source, Skip, ct);
        if (Outcome.Result is { } result) Journal = JournalView.From(result, S);
    }
}
