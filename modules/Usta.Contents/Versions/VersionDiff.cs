using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace Usta.Contents.Versions;

/// <summary>A piece of a line: unchanged, or (in the older version) deleted, or (in the newer) inserted.</summary>
public sealed record DiffWord(string Text, DiffWordKind Kind);

public enum DiffWordKind { Same, Deleted, Inserted }

/// <summary>One row of the side-by-side view: the older line and the newer one (null where a side has none).</summary>
public sealed record DiffLine(IReadOnlyList<DiffWord>? Old, IReadOnlyList<DiffWord>? New, bool Changed);

/// <summary>Compares two texts line by line, and a changed line word by word (DiffPlex).</summary>
public static class VersionDiff
{
    public static IReadOnlyList<DiffLine> Compare(string older, string newer)
    {
        var model = SideBySideDiffBuilder.Diff(older, newer, ignoreWhiteSpace: false, ignoreCase: false);
        var rows = new List<DiffLine>();
        for (var i = 0; i < Math.Max(model.OldText.Lines.Count, model.NewText.Lines.Count); i++)
        {
            var old = i < model.OldText.Lines.Count ? model.OldText.Lines[i] : null;
            var @new = i < model.NewText.Lines.Count ? model.NewText.Lines[i] : null;
            var changed = old?.Type is not ChangeType.Unchanged || @new?.Type is not ChangeType.Unchanged;
            rows.Add(new DiffLine(Words(old, DiffWordKind.Deleted), Words(@new, DiffWordKind.Inserted), changed));
        }
        return rows;
    }

    private static IReadOnlyList<DiffWord>? Words(DiffPiece? line, DiffWordKind changedKind)
    {
        if (line is null || line.Type == ChangeType.Imaginary) return null;
        return line.Type switch
        {
            ChangeType.Unchanged => [new DiffWord(line.Text, DiffWordKind.Same)],
            ChangeType.Modified => Merge(line.SubPieces
                .Where(p => p.Type != ChangeType.Imaginary && !string.IsNullOrEmpty(p.Text))
                .Select(p => new DiffWord(p.Text, p.Type == ChangeType.Unchanged ? DiffWordKind.Same : changedKind))
                .ToList()),
            _ => [new DiffWord(line.Text, changedKind)],
        };
    }

    // "Biên Hòa" changed is one <del>, not two with a space between: a space between two changed
    // words joins them, and neighbours of one kind become one piece.
    private static List<DiffWord> Merge(List<DiffWord> words)
    {
        var merged = new List<DiffWord>();
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (word.Kind == DiffWordKind.Same && string.IsNullOrWhiteSpace(word.Text) && i > 0 && i < words.Count - 1
                && words[i - 1].Kind != DiffWordKind.Same && words[i + 1].Kind == words[i - 1].Kind)
                word = word with { Kind = words[i - 1].Kind };
            if (merged.Count > 0 && merged[^1].Kind == word.Kind)
                merged[^1] = merged[^1] with { Text = merged[^1].Text + word.Text };
            else
                merged.Add(word);
        }
        return merged;
    }
}
