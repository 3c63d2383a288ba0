using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Localization;

namespace UstaOrchard.Core.Recipes.Validation;

/// <summary>One issue as one line of text: where (step, item, path, line and column), then what.</summary>
public static class RecipeIssueText
{
    // The command line formats before a scope exists, so the strings table is read directly.
    private static readonly IStringLocalizer S = new JsonStringLocalizerFactory().Create(typeof(RecipeIssueText));

    public static string Describe(RecipeIssue issue)
    {
        var place = new List<string>();
        if (issue.StepIndex is { } index)
            place.Add(string.IsNullOrEmpty(issue.StepName) ? S["step {0}", index] : S["step {0} ({1})", index, issue.StepName]);
        if (!string.IsNullOrEmpty(issue.Item)) place.Add(S["item '{0}'", issue.Item]);
        if (!string.IsNullOrEmpty(issue.Path)) place.Add(S["at {0}", issue.Path]);
        if (issue.Line is { } line) place.Add(issue.Column is { } column ? S["line {0}, column {1}", line, column] : S["line {0}", line]);
        return place.Count == 0 ? issue.Message : $"{string.Join(", ", place)}: {issue.Message}";
    }
}
