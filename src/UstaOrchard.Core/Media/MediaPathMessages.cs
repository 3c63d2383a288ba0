using Microsoft.Extensions.Localization;

namespace UstaOrchard.Core.Media;

/// <summary>Says in the reader's language why a media path was refused.</summary>
public sealed class MediaPathMessages(IStringLocalizer<MediaPathMessages> S)
{
    public string Describe(MediaPathError error, string? path) => error switch
    {
        MediaPathError.Empty => S["The media path is empty."],
        MediaPathError.TooLong => S["The media path '{0}' is too long (at most {1} characters, {2} bytes a name).", Shown(path), MediaPath.MaxLength, MediaPath.MaxSegmentLength],
        MediaPathError.ControlCharacter => S["The media path '{0}' contains a control character.", Shown(path)],
        MediaPathError.Backslash => S["The media path '{0}' contains a backslash; use '/' between folders.", Shown(path)],
        MediaPathError.Encoded => S["The media path '{0}' contains '%': encoded characters are not allowed.", Shown(path)],
        MediaPathError.Absolute => S["The media path '{0}' is absolute; give a path inside the media library.", Shown(path)],
        MediaPathError.EmptySegment => S["The media path '{0}' has an empty folder name ('//').", Shown(path)],
        MediaPathError.DotSegment => S["The media path '{0}' contains '.' or '..': a path cannot leave the media library.", Shown(path)],
        MediaPathError.HiddenSegment => S["The media path '{0}' has a name starting with '.', which is reserved.", Shown(path)],
        MediaPathError.BadSegmentEnd => S["The media path '{0}' has a name that starts or ends with a space or ends with a dot.", Shown(path)],
        _ => "",
    };

    // The path is shown back without the characters that made it hostile.
    private static string Shown(string? path)
    {
        var text = new string((path ?? "").Where(c => !char.IsControl(c)).Take(120).ToArray());
        return (path?.Length ?? 0) > 120 ? text + "…" : text;
    }
}
