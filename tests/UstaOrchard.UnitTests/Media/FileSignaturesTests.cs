using System.Text;
using Usta.Media.Uploads;

namespace UstaOrchard.UnitTests.Media;

public class FileSignaturesTests
{
    private static byte[] Bytes(params int[] values) => values.Select(v => (byte)v).ToArray();

    private static byte[] Zip(string firstEntry, string content = "")
    {
        var name = Encoding.UTF8.GetBytes(firstEntry);
        var header = new byte[30];
        "PK\x03\x04"u8.CopyTo(header);
        header[26] = (byte)name.Length;
        return [.. header, .. name, .. Encoding.ASCII.GetBytes(content)];
    }

    public static TheoryData<string, byte[], bool> Cases() => new()
    {
        { "jpg", Bytes(0xFF, 0xD8, 0xFF, 0xE0), true },
        { "jpeg", Bytes(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A), false },
        { "png", Bytes(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A), true },
        { "gif", "GIF89a.."u8.ToArray(), true },
        { "gif", "GIF90a.."u8.ToArray(), false },
        { "webp", "RIFF\0\0\0\0WEBPVP8 "u8.ToArray(), true },
        { "webp", "RIFF\0\0\0\0WAVEfmt "u8.ToArray(), false },
        { "pdf", "%PDF-1.7"u8.ToArray(), true },
        { "pdf", "<html>"u8.ToArray(), false },
        { "doc", Bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1), true },
        { "xls", Bytes(0x4D, 0x5A, 0x90, 0x00), false },
        { "docx", Zip("[Content_Types].xml"), true },
        { "xlsx", Zip("xl/workbook.xml"), true },
        { "pptx", Zip("payload.exe"), false },
        { "odt", Zip("mimetype", "application/vnd.oasis.opendocument.text"), true },
        { "odt", Zip("mimetype", "application/vnd.oasis.opendocument.spreadsheet"), false },
        { "mp3", "ID3\x04\0"u8.ToArray(), true },
        { "mp3", Bytes(0xFF, 0xFB, 0x90, 0x44), true },
        { "mp3", Bytes(0x00, 0xFB, 0x90, 0x44), false },
        { "mp4", "\0\0\0\u0018ftypmp42"u8.ToArray(), true },
        { "mp4", "\0\0\0\u0018moov...."u8.ToArray(), false },
        { "exe", Bytes(0x4D, 0x5A), false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void FirstBytes_MatchTheExtension_OrNot(string extension, byte[] head, bool matches)
        => Assert.Equal(matches, FileSignatures.Matches(extension, head));
}
