using Microsoft.Extensions.Localization;
using Usta.Media.Library;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Media;

namespace Usta.Media.Picker;

/// <summary>
/// What a posted media field must be: rows without a path are dropped (the picker's empty row),
/// the three lists are aligned, every path names a file of the library, and every image has its
/// alternative text. A form calls <see cref="CheckAsync"/> and shows the messages it returns.
/// </summary>
public sealed class MediaFieldRules(MediaQueries queries, IStringLocalizer<MediaStartup> S)
{
    public const int MaxItems = 50;
    public const int MaxTextLength = 1000;

    public static bool IsImagePath(string path) => Serving.MediaTypes.IsResizable(MediaNames.ExtensionOf(path)) || MediaNames.ExtensionOf(path) == "svg";

    /// <summary>The field as it will be stored: rows with a path, texts trimmed, lists of one length.</summary>
    public static MediaField Clean(MediaField? posted)
    {
        var clean = new MediaField();
        if (posted is null) return clean;
        for (var i = 0; i < posted.Paths.Count; i++)
        {
            var path = posted.Paths[i]?.Trim() ?? "";
            if (path.Length == 0) continue;
            clean.Paths.Add(path.StartsWith("/media/", StringComparison.Ordinal) ? path["/media/".Length..] : path);
            clean.MediaTexts.Add((i < posted.MediaTexts.Count ? posted.MediaTexts[i] : null)?.Trim() ?? "");
            clean.Captions.Add((i < posted.Captions.Count ? posted.Captions[i] : null)?.Trim() ?? "");
        }
        return clean;
    }

    public async Task<IReadOnlyList<string>> CheckAsync(MediaField field, CancellationToken ct)
    {
        var errors = new List<string>();
        if (field.Paths.Count > MaxItems) errors.Add(S["At most {0} files can be chosen.", MaxItems]);
        for (var i = 0; i < field.Paths.Count && i < MaxItems; i++)
        {
            var path = field.Paths[i];
            if (!MediaPath.TryNormalizeFile(path, out var normalized, out _) || await queries.FileAsync(normalized, ct) is not { } file)
            {
                errors.Add(S["'{0}' is not a file of the media library.", path]);
                continue;
            }
            field.Paths[i] = normalized;
            if ((file.IsImage || IsImagePath(normalized)) && field.MediaTexts[i].Length == 0)
                errors.Add(S["Enter the alternative text of the image '{0}' (what it shows, for readers who cannot see it).", file.Name]);
            if (field.MediaTexts[i].Length > MaxTextLength || field.Captions[i].Length > MaxTextLength)
                errors.Add(S["The texts of '{0}' are too long (at most {1} characters).", file.Name, MaxTextLength]);
        }
        return errors;
    }
}
