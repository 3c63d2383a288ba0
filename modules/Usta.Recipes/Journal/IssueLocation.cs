using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Recipes;

namespace Usta.Recipes.Journal;

/// <summary>Where a validation problem is, in words: step, item, JSON path, line and column, whichever are known.</summary>
public static class IssueLocation
{
    public static string Describe(RecipeIssue issue, IStringLocalizer S)
    {
        var parts = new List<string>();
        if (issue.StepIndex is { } step) parts.Add(S["step {0} ({1})", step, issue.StepName ?? "?"]);
        if (issue.Item is { Length: > 0 } item) parts.Add(S["item {0}", item]);
        if (issue.Path is { Length: > 0 } path) parts.Add(path);
        if (issue.Line is { } line) parts.Add(S["line {0}, column {1}", line, issue.Column ?? 0]);
        return parts.Count > 0 ? string.Join(", ", parts) : S["the whole recipe"];
    }
}
