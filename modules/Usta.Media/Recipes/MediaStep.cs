using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Media;
using UstaOrchard.Core.Recipes;
using UstaOrchard.Core.Recipes.Expressions;

using Usta.Media.Uploads;

namespace Usta.Media.Recipes;

/// <summary>
/// <c>media</c>, in Orchard's shape: <c>{ "Files": [ { "TargetPath" (or "Path"), "SourcePath" | "Base64" | "SourceUrl" } ] }</c>.
/// <c>SourcePath</c> is a file in the recipe's folder, <c>Base64</c> the content itself;
/// <c>SourceUrl</c> is refused: applying a recipe fetches nothing from the network.
/// </summary>
/// <remarks>
/// Files go into place just before the recipe's database transaction commits, not after it. A
/// crash between the two then leaves files that no content names (harmless: the library shows
/// them), where moving after the commit could leave committed content pointing at files that
/// never arrived. If the commit fails after the move, the moves are undone and every file the
/// recipe replaced gets its old content back. Handlers hear of the new files inside the
/// transaction, so the rows they write (the library's index) land with the recipe or not at all.
/// </remarks>
public sealed class MediaStep(IFileStore store, MediaChanges changes, MediaPathMessages pathMessages, RecipeMediaRules rules,
    IConfiguration configuration, TimeProvider clock, IStringLocalizer<MediaStartup> S, ILogger<MediaStep> logger) : IRecipeStepHandler
{
    private const int MaxShownChars = 120;
    private const string StagingRoot = ".staging";
    private static readonly TimeSpan StaleStaging = TimeSpan.FromDays(1);

    public string Name => "media";

    public async Task<string> ExecuteAsync(RecipeStepContext context)
    {
        if (context.Step.GetPropertyIgnoreCase("Files") is not JsonArray files)
            throw new RecipeStepException(S["the step has no \"Files\" list"]);

        await MediaStaging.SweepAsync(store, StagingRoot, clock.GetUtcNow() - StaleStaging, context.CancellationToken);
        // The step's full number: a recipe run by a `recipes` step has its own step 1, 2…
        var staging = new MediaStaging(store, $"{StagingRoot}/{context.RunId}-{context.StepNumber.Replace('.', '-')}");
        // Registered before the first write: a failure half-way through staging leaves nothing either.
        context.OnRollback(() => UndoAsync(staging));
        var base64Limit = RecipeLimits.From(configuration).MaxDecodedBytes;
        foreach (var node in files)
        {
            var file = node as JsonObject ?? throw new RecipeStepException(S["each file must be an object"]);
            var target = Target(file);
            await using var source = OpenSource(context.Recipe, file, target, base64Limit);
            try
            {
                await staging.StageAsync(target, source, context.CancellationToken);
            }
            catch (FormatException)
            {
                throw new RecipeStepException(S["\"Base64\" is not base64 text"], target);
            }
            catch (BoundedDecoding.TooLargeException e)
            {
                throw new RecipeStepException(S["the decoded \"Base64\" is larger than the limit of {0} bytes (Recipes:Limits:MaxDecodedBytes)", e.Limit], target);
            }
            var extension = MediaNames.ExtensionOf(target);
            if (!RecipeMediaRules.ContentMatches(extension, await staging.HeadAsync(target, FileSignatures.HeadLength, context.CancellationToken)))
                throw new RecipeStepException(S["the content is not a '.{0}' file (its first bytes say otherwise)", extension], target);
        }

        // Recorded from the store as it is now, so a preview (which never places the files) lists what an apply writes.
        foreach (var target in staging.Targets)
        {
            try
            {
                context.Record(RecipeSubjects.Media, await staging.ChangeOfAsync(target, context.CancellationToken), target);
            }
            catch (MediaTargetException e)
            {
                throw new RecipeStepException(S["a folder already has this path"], e.Target);
            }
        }

        context.BeforeCommit(ct => PlaceAsync(staging, ct));
        context.AfterCommit(staging.DiscardAsync);
        return S["{0} files", staging.Targets.Count];
    }

    private string Target(JsonObject file)
    {
        var raw = file.GetString("TargetPath") ?? file.GetString("Path");
        if (string.IsNullOrWhiteSpace(raw)) throw new RecipeStepException(S["a file has no \"TargetPath\""]);
        if (!MediaPath.TryNormalizeFile(raw, out var target, out var error))
            throw new RecipeStepException(pathMessages.Describe(error, raw), Shown(raw));
        var extension = MediaNames.ExtensionOf(target);
        if (extension.Length == 0)
            throw new RecipeStepException(S["the file name has no extension (allowed: {0})", string.Join(", ", rules.Extensions.Order())], target);
        if (!rules.AllowsExtension(extension))
            throw new RecipeStepException(S["the media library does not take '.{0}' files (allowed: {1})",
                extension, string.Join(", ", rules.Extensions.Order())], target);
        return target;
    }

    private Stream OpenSource(Recipe recipe, JsonObject file, string target, long base64Limit)
    {
        var sourcePath = file.GetPropertyIgnoreCase("SourcePath");
        var base64 = file.GetPropertyIgnoreCase("Base64");
        var sourceUrl = file.GetPropertyIgnoreCase("SourceUrl");
        if (new[] { sourcePath, base64, sourceUrl }.Count(n => n is not null) != 1)
            throw new RecipeStepException(S["give exactly one of \"SourcePath\", \"Base64\" or \"SourceUrl\""], target);
        if (sourceUrl is not null)
            throw new RecipeStepException(S["\"SourceUrl\" is not supported: this site fetches nothing from the network while it applies a recipe; put the file next to the recipe and give its \"SourcePath\", or its content as \"Base64\""], target);
        if (base64 is not null)
        {
            var text = file.GetString("Base64") ?? throw new RecipeStepException(S["\"Base64\" must be text"], target);
            return new Base64ReadStream(text, base64Limit);
        }

        var path = file.GetString("SourcePath") ?? throw new RecipeStepException(S["\"SourcePath\" must be text"], target);
        try
        {
            return new RecipeFiles(recipe).OpenRead(path, rules.MaxFileBytes);
        }
        catch (RecipeStepException e)
        {
            // The reason names the source; the item is the file the recipe wanted to make.
            throw new RecipeStepException(S["\"SourcePath\": {0}", e.Message], target);
        }
        catch (BoundedDecoding.TooLargeException)
        {
            throw new RecipeStepException(S["the file '{0}' is larger than {1:N0} bytes, the most a media file may have", path, rules.MaxFileBytes], target);
        }
    }

    private async Task PlaceAsync(MediaStaging staging, CancellationToken ct)
    {
        IReadOnlyList<string> placed;
        try
        {
            placed = await staging.PlaceAsync(ct);
        }
        catch (MediaTargetException e)
        {
            throw new RecipeStepException(S["a folder already has this path"], e.Target);
        }
        foreach (var target in placed)
            await changes.NotifyAsync(new MediaChange(MediaChangeKind.Written, target), ct);
        logger.LogInformation("Media step placed {Count} of {Total} files (the others were unchanged)", placed.Count, staging.Targets.Count);
    }

    // The files are back as they were: the handlers hear of it, as of any change in the store.
    private async Task UndoAsync(MediaStaging staging)
    {
        foreach (var change in await staging.UndoAsync())
        {
            try
            {
                await changes.NotifyAsync(change, CancellationToken.None);
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "A media handler failed on {Path} while a recipe was undone", change.Path);
            }
        }
    }

    private static string Shown(string path)
    {
        var text = new string(path.Where(c => !char.IsControl(c)).Take(MaxShownChars).ToArray());
        return path.Length > MaxShownChars ? text + "…" : text;
    }
}
