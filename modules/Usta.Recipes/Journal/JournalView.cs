using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Recipes;

namespace Usta.Recipes.Journal;

/// <summary>The things of one kind in one section ("Tạo mới: 3"), the first <see cref="JournalView.MaxShown"/> named.</summary>
public sealed record JournalGroup(RecipeChangeKind Kind, string KindText, int Count, IReadOnlyList<string> Shown)
{
    public int Hidden => Count - Shown.Count;
    /// <summary>Short lists open; long ones and unchanged things start folded, their count in the summary.</summary>
    public bool Open => Kind != RecipeChangeKind.Unchanged && Count <= 20;
}

/// <summary>One heading of the journal: content items of one type, definitions, settings, roles, users, media, unsupported steps.</summary>
public sealed record JournalSection(string Id, string Heading, IReadOnlyList<JournalGroup> Groups);

/// <summary>What a recipe did (or would do), grouped as the preview and result pages show it.</summary>
public sealed record JournalView(IReadOnlyList<JournalSection> Sections, int ChangeCount, IReadOnlyList<RecipeStepResult> Steps)
{
    public const int MaxShown = 200;

    private static readonly string[] SubjectOrder =
        [RecipeSubjects.Content, RecipeSubjects.Definition, RecipeSubjects.Setting, RecipeSubjects.Role, RecipeSubjects.User,
         RecipeSubjects.Media, RecipeSubjects.Index, RecipeSubjects.Step];

    public bool IsEmpty => Sections.Count == 0;

    public static JournalView From(RecipeResult result, IStringLocalizer S)
    {
        var changes = result.Journal.Changes;
        var sections = changes
            .GroupBy(c => (c.Subject, Type: c.Subject == RecipeSubjects.Content ? c.Type ?? "" : ""))
            .OrderBy(g => Array.IndexOf(SubjectOrder, g.Key.Subject) is var i and >= 0 ? i : SubjectOrder.Length)
            .ThenBy(g => g.Key.Subject, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Type, StringComparer.OrdinalIgnoreCase)
            .Select(g => new JournalSection(
                "journal-" + g.Key.Subject + (g.Key.Type.Length > 0 ? "-" + g.Key.Type : ""),
                Heading(g.Key.Subject, g.Key.Type, S),
                g.GroupBy(c => c.Kind).OrderBy(k => k.Key)
                    .Select(k => new JournalGroup(k.Key, KindText(k.Key, S), k.Count(),
                        k.Take(MaxShown).Select(c => c.Title is { Length: > 0 } title ? title : c.Key).ToList()))
                    .ToList()))
            .ToList();
        return new JournalView(sections, changes.Count(c => c.Kind is RecipeChangeKind.Created or RecipeChangeKind.Updated or RecipeChangeKind.Removed), result.Steps);
    }

    private static string Heading(string subject, string type, IStringLocalizer S) => subject switch
    {
        RecipeSubjects.Content => S["Content items: {0}", type.Length > 0 ? type : "?"],
        RecipeSubjects.Definition => S["Content definitions"],
        RecipeSubjects.Setting => S["Settings"],
        RecipeSubjects.Role => S["Roles"],
        RecipeSubjects.User => S["Users"],
        RecipeSubjects.Media => S["Media files"],
        RecipeSubjects.Index => S["Search indexes"],
        RecipeSubjects.Step => S["Steps"],
        _ => subject,
    };

    private static string KindText(RecipeChangeKind kind, IStringLocalizer S) => kind switch
    {
        RecipeChangeKind.Created => S["Created"],
        RecipeChangeKind.Updated => S["Updated"],
        RecipeChangeKind.Unchanged => S["Unchanged"],
        RecipeChangeKind.Removed => S["Removed"],
        _ => S["Skipped (not supported)"],
    };
}
