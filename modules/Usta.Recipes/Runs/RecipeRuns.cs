using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Usta.Recipes.Uploads;
using UstaOrchard.Core.Recipes;

namespace Usta.Recipes.Runs;

/// <summary>What the apply button asks for: the recipe, the name it is shown and recorded under, who asks and from where.</summary>
public sealed record RecipeRunRequest(Recipe Recipe, string RecipeName, string? UploadId, bool SkipUnknownSteps, string? UserName, string? RemoteAddress);

/// <summary>
/// The recipes applied from the admin, run in the background so that the browser can watch the
/// progress. One at a time on a site: a recipe is one transaction over the whole content, and a second
/// one started meanwhile would only wait for it. Each run is recorded in the history, and its uploaded
/// folder is deleted when it ends. Finished runs stay a day for their result page.
/// </summary>
public sealed class RecipeRuns(RecipeExecutor executor, RecipeUploads uploads, IServiceProvider services, IHostApplicationLifetime lifetime,
    TimeProvider clock, IStringLocalizer<RecipesStartup> S, ILogger<RecipeRuns> logger)
{
    private const int MaxSummaryLength = 4000;
    private static readonly TimeSpan KeepFinished = TimeSpan.FromDays(1);

    private readonly Dictionary<string, RecipeRun> _runs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _uploadsOfRunning = new(StringComparer.Ordinal);
    private readonly object _lock = new();
    private RecipeRun? _running;

    public RecipeRun? Find(string? id)
    {
        if (id is null) return null;
        lock (_lock) return _runs.GetValueOrDefault(id);
    }

    public RecipeRun? Running
    {
        get { lock (_lock) return _running; }
    }

    public IReadOnlySet<string> UploadsInUse
    {
        get { lock (_lock) return _uploadsOfRunning.Values.ToHashSet(); }
    }

    /// <summary>Starts the recipe in the background; null when another one is running.</summary>
    public RecipeRun? Start(RecipeRunRequest request)
    {
        RecipeRun run;
        lock (_lock)
        {
            if (_running is not null) return null;
            Forget();
            run = new RecipeRun(Guid.NewGuid().ToString("N"), request.RecipeName, request.UserName, clock.GetUtcNow().UtcDateTime);
            _runs[run.Id] = run;
            _running = run;
            if (request.UploadId is not null) _uploadsOfRunning[run.Id] = request.UploadId;
        }
        _ = Task.Run(() => RunAsync(run, request));
        return run;
    }

    private async Task RunAsync(RecipeRun run, RecipeRunRequest request)
    {
        RecipeResult? result = null;
        RecipeFailure? failure = null;
        try
        {
            var options = new RecipeOptions { SkipUnknownSteps = request.SkipUnknownSteps, Progress = run };
            result = await executor.ExecuteAsync(request.Recipe, options, lifetime.ApplicationStopping);
        }
        catch (Exception e)
        {
            failure = RecipeFailure.From(e);
            if (failure is null)
            {
                logger.LogError(e, "Recipe {Recipe} failed unexpectedly", request.RecipeName);
                failure = new RecipeFailure(S["An unexpected error stopped the recipe; the site's log has the details."]);
            }
        }
        try
        {
            // Cleaned up and recorded before the run says it ended: whoever sees the result finds it in the history.
            if (request.UploadId is not null) uploads.Delete(request.UploadId);
            await RecordAsync(request, result is not null, result is null ? "" : Summary(result), failure is null ? null : Describe(failure));
        }
        finally
        {
            var now = clock.GetUtcNow().UtcDateTime;
            if (result is not null) run.Succeed(result, now);
            else run.Fail(failure!, now);
            lock (_lock)
            {
                _running = null;
                _uploadsOfRunning.Remove(run.Id);
            }
        }
    }

    private async Task RecordAsync(RecipeRunRequest request, bool succeeded, string summary, string? failure)
    {
        var entry = new RecipeAuditEntry(RecipeAuditAction.Apply, request.RecipeName, request.UserName, request.RemoteAddress,
            clock.GetUtcNow().UtcDateTime, succeeded, summary, failure);
        await services.RecordRecipeAuditAsync(entry);
    }

    private static string Summary(RecipeResult result)
    {
        var text = string.Join("; ", result.Steps.Select(s => s.Skipped ? $"{s.StepNumber}. {s.Name}: —" : $"{s.StepNumber}. {s.Name}: {s.Summary}"));
        return text.Length > MaxSummaryLength ? text[..MaxSummaryLength] + "…" : text;
    }

    public string Describe(RecipeFailure failure)
        => failure.StepIndex is { } index ? executor.Describe(index, failure.StepName ?? "?", failure.Item, failure.Reason) : failure.Reason;

    private void Forget()
    {
        var cutoff = clock.GetUtcNow().UtcDateTime - KeepFinished;
        foreach (var old in _runs.Values.Where(r => r.FinishedUtc < cutoff).ToList()) _runs.Remove(old.Id);
    }
}
