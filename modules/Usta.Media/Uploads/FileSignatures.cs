using System.Text;

namespace Usta.Media.Uploads;

/// <summary>Whether a file's first bytes are what its extension claims (magic numbers), so a renamed executable is no "photo".</summary>
public static class FileSignatures
{
    /// <summary>How many bytes of a file <see cref="Matches"/> needs at most.</summary>
    public const int HeadLength = 4096;

    public static bool Matches(string extension, ReadOnlySpan<byte> head) => extension switch
    {
        "jpg" or "jpeg" => head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]),
        "png" => head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        "gif" => head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8),
        "webp" => head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8),
        "pdf" => head.StartsWith("%PDF-"u8),
        "doc" or "xls" or "ppt" => head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]),
        "docx" or "xlsx" or "pptx" => IsOfficeOpenXml(head),
        "odt" => IsOpenDocumentText(head),
        // An ID3 tag, or straight into an MPEG audio frame (11 bits of frame sync).
        "mp3" => head.StartsWith("ID3"u8) || (head.Length >= 2 && head[0] == 0xFF && (head[1] & 0xE0) == 0xE0),
        "mp4" => head.Length >= 8 && head[4..8].SequenceEqual("ftyp"u8),
        _ => false,
    };

    // A ZIP whose first entry is one an Office Open XML package starts with.
    private static bool IsOfficeOpenXml(ReadOnlySpan<byte> head)
        => FirstZipEntry(head, out var name, out _)
           && (name == "[Content_Types].xml" || name.StartsWith("_rels/") || name.StartsWith("docProps/")
               || name.StartsWith("word/") || name.StartsWith("xl/") || name.StartsWith("ppt/") || name.StartsWith("customXml/"));

    // OpenDocument requires an uncompressed "mimetype" entry first, holding the document's type.
    private static bool IsOpenDocumentText(ReadOnlySpan<byte> head)
        => FirstZipEntry(head, out var name, out var data) && name == "mimetype"
           && data.StartsWith("application/vnd.oasis.opendocument.text"u8);

    private static bool FirstZipEntry(ReadOnlySpan<byte> head, out string name, out ReadOnlySpan<byte> data)
    {
        name = "";
        data = default;
        if (head.Length < 30 || !head.StartsWith((ReadOnlySpan<byte>)[0x50, 0x4B, 0x03, 0x04])) return false;
        var nameLength = head[26] | head[27] << 8;
        var extraLength = head[28] | head[29] << 8;
        if (30 + nameLength > head.Length) return false;
        name = Encoding.UTF8.GetString(head.Slice(30, nameLength));
        var start = Math.Min(head.Length, 30 + nameLength + extraLength);
        data = head[start..];
        return true;
    }
}
