using System.Text.Json.Nodes;
using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Media;
using UstaOrchard.Core.Recipes;
using UstaOrchard.Core.Recipes.Expressions;
using UstaOrchard.Core.Recipes.Validation;

using Usta.Media.Uploads;

namespace Usta.Media.Recipes;

/// <summary>
/// <c>media</c>, before anything runs: every file's target inside the media library with an allowed
/// extension (<see cref="MediaPath"/>, <see cref="RecipeMediaRules"/>), one source, and a
/// <c>SourcePath</c> that is a readable file of the recipe's folder, as <see cref="MediaStep"/> will read it.
/// </summary>
public sealed class MediaStepValidator(MediaPathMessages pathMessages, RecipeMediaRules rules, IStringLocalizer<MediaStartup> S) : IRecipeStepValidator
{
    private const int MaxShownChars = 120;

    public string Name => "media";

    public Task ValidateStepAsync(RecipeStepCheck step, CancellationToken ct)
    {
        if (step.Step.GetPropertyIgnoreCase("Files") is not JsonArray files)
        {
            step.Report(S["the step has no \"Files\" list"], path: "Files");
            return Task.CompletedTask;
        }
        for (var i = 0; i < files.Count; i++)
        {
            if (files[i] is not JsonObject file) step.Report(S["each file must be an object"], path: $"Files[{i}]");
            else CheckFile(step, file, i);
        }
        return Task.CompletedTask;
    }

    private void CheckFile(RecipeStepCheck step, JsonObject file, int i)
    {
        var targetKey = file.GetPropertyIgnoreCase("TargetPath") is not null || file.GetPropertyIgnoreCase("Path") is null ? "TargetPath" : "Path";
        var raw = file.GetString(targetKey);
        var item = string.IsNullOrWhiteSpace(raw) ? $"Files[{i}]" : Shown(raw);
        if (string.IsNullOrWhiteSpace(raw)) step.Report(S["a file has no \"TargetPath\""], item, $"Files[{i}].TargetPath");
        else if (!RecipeStepCheck.IsExpression(raw)) CheckTarget(step, raw, item, $"Files[{i}].{targetKey}");

        var sources = new[] { "SourcePath", "Base64", "SourceUrl" }.Where(k => file.GetPropertyIgnoreCase(k) is not null).ToList();
        if (sources.Count != 1)
            step.Report(S["give exactly one of \"SourcePath\", \"Base64\" or \"SourceUrl\""], item, $"Files[{i}]");
        else if (sources[0] == "SourceUrl")
            step.Report(S["\"SourceUrl\" is not supported: this site fetches nothing from the network while it applies a recipe; put the file next to the recipe and give its \"SourcePath\", or its content as \"Base64\""],
                item, $"Files[{i}].SourceUrl");
        else if (sources[0] == "SourcePath")
            CheckSource(step, file.GetString("SourcePath"), item, $"Files[{i}].SourcePath");
    }

    private void CheckTarget(RecipeStepCheck step, string raw, string item, string path)
    {
        if (!MediaPath.TryNormalizeFile(raw, out var target, out var error))
        {
            step.Report(pathMessages.Describe(error, raw), item, path);
            return;
        }
        var extension = MediaNames.ExtensionOf(target);
        if (extension.Length == 0)
            step.Report(S["the file name has no extension (allowed: {0})", string.Join(", ", rules.Extensions.Order())], item, path);
        else if (!rules.AllowsExtension(extension))
            step.Report(S["the media library does not take '.{0}' files (allowed: {1})", extension, string.Join(", ", rules.Extensions.Order())], item, path);
    }

    // Opened and closed at once: the same checks (inside the folder, a regular file, not too large) the step makes.
    private void CheckSource(RecipeStepCheck step, string? source, string item, string path)
    {
        if (source is null)
        {
            step.Report(S["\"SourcePath\" must be text"], item, path);
            return;
        }
        if (RecipeStepCheck.IsExpression(source)) return;
        try
        {
            using var stream = new RecipeFiles(step.Recipe).OpenRead(source, rules.MaxFileBytes);
        }
        catch (RecipeStepException e)
        {
            step.Report(S["\"SourcePath\": {0}", e.Message], item, path);
        }
        catch (BoundedDecoding.TooLargeException)
        {
            step.Report(S["the file '{0}' is larger than {1:N0} bytes, the most a media file may have", source, rules.MaxFileBytes], item, path);
        }
    }

    private static string Shown(string path)
    {
        var text = new string(path.Where(c => !char.IsControl(c)).Take(MaxShownChars).ToArray());
        return path.Length > MaxShownChars ? text + "…" : text;
    }
}
