using System.Buffers;
using System.Text;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using UstaOrchard.Core.Media;

namespace Usta.Media.Uploads;

/// <summary>What became of one uploaded file: its path in the library, or why it was refused.</summary>
public sealed record UploadOutcome(string FileName, string? Path, string? Error, bool TooLarge = false)
{
    public bool Succeeded => Path is not null;
}

/// <summary>
/// Applies the upload rules (allowed extension, content matching it, size, SVG sanitised or refused)
/// and streams an accepted file into the store under a free normalised name, or over a file when
/// replacing it was asked for. Every refusal names the file and the rule.
/// </summary>
public sealed class MediaUploader(IFileStore store, MediaChanges changes, IOptions<MediaOptions> options,
    MediaPathMessages pathMessages, IStringLocalizer<MediaStartup> S, ILogger<MediaUploader> logger)
{
    private const int MaxNameAttempts = 1000;
    private readonly MediaOptions _options = options.Value;

    public Task<UploadOutcome> UploadAsync(string folder, string? fileName, Stream content, string userName, CancellationToken ct)
        => StoreAsync(folder, fileName, content, userName, replacePath: null, ct);

    /// <summary>Replaces the file at <paramref name="path"/> (same extension) with new content, keeping its path and references.</summary>
    public Task<UploadOutcome> ReplaceAsync(string path, string? fileName, Stream content, string userName, CancellationToken ct)
        => StoreAsync(MediaPath.FolderOf(path), fileName, content, userName, replacePath: path, ct);

    /// <summary>The message for a file over the limit, also used when the server's body limit stops it first.</summary>
    public string TooLargeMessage(string? fileName)
        => string.IsNullOrWhiteSpace(fileName)
            ? S["The file is larger than {0}, the largest file the library accepts.", _options.MaxFileSizeText]
            : S["'{0}' is larger than {1}, the largest file the library accepts.", Shown(fileName), _options.MaxFileSizeText];

    private async Task<UploadOutcome> StoreAsync(string folder, string? fileName, Stream content, string userName, string? replacePath, CancellationToken ct)
    {
        var shown = Shown(fileName);
        if (!MediaPath.TryNormalizeFolder(folder, out var checkedFolder, out var folderError))
            return Refused(shown, pathMessages.Describe(folderError, folder));
        folder = checkedFolder;
        var name = MediaNames.FileName(fileName);
        var extension = MediaNames.ExtensionOf(name);
        if (extension.Length == 0 || !_options.Allows(extension))
        {
            return Refused(shown, extension == "svg"
                ? S["'{0}': SVG files are not accepted (they can carry scripts).", shown]
                : S["'{0}': files of type '{1}' are not accepted. Accepted types: {2}.", shown, extension, _options.AllowedExtensions.Replace(",", ", ")]);
        }
        if (replacePath is not null && MediaNames.ExtensionOf(replacePath) != extension)
            return Refused(shown, S["'{0}': a file can only be replaced by a file of the same type (.{1}).", shown, MediaNames.ExtensionOf(replacePath)]);

        var head = ArrayPool<byte>.Shared.Rent(FileSignatures.HeadLength);
        try
        {
            var headLength = await SizeLimitedStream.ReadHeadAsync(content, head.AsMemory(0, FileSignatures.HeadLength), ct);
            if (headLength == 0) return Refused(shown, S["'{0}' is empty.", shown]);
            Stream body = new SizeLimitedStream(head, headLength, content, _options.MaxFileSize);
            if (extension == "svg")
            {
                var clean = await SanitizedSvgAsync(body, ct);
                if (clean is null) return Refused(shown, S["'{0}' is not a valid SVG drawing.", shown]);
                body = new MemoryStream(Encoding.UTF8.GetBytes(clean));
            }
            else if (!FileSignatures.Matches(extension, head.AsSpan(0, headLength)))
                return Refused(shown, S["'{0}': the content is not a .{1} file (the file's type does not match its name).", shown, extension]);
            else if (TooManyPixels(head, headLength) is var (width, height))
                return Refused(shown, S["'{0}' is {1} × {2} pixels, more than the {3:N0} pixels the site can resize.", shown, width, height, _options.MaxImagePixels]);

            var path = replacePath ?? await FreePathAsync(folder, name, ct);
            try
            {
                await store.WriteAsync(path, body, overwrite: replacePath is not null, ct);
            }
            catch (FileStoreException e) when (e.Error == FileStoreError.AlreadyExists)
            {
                // Another upload took the name between the check and the write; the content is spent.
                return Refused(shown, S["'{0}': another file took the name '{1}' at the same moment. Upload it again.", shown, MediaPath.NameOf(path)]);
            }
            try
            {
                await changes.NotifyAsync(new MediaChange(MediaChangeKind.Written, path, UserName: userName), ct);
            }
            catch when (replacePath is null)
            {
                // Not in the index, a new file could be neither listed nor renamed nor deleted from the library.
                await store.DeleteFileAsync(path, CancellationToken.None);
                throw;
            }
            logger.LogInformation("Uploaded {Path} ({Replace})", path, replacePath is null ? "new" : "replaced");
            return new UploadOutcome(shown, path, null);
        }
        catch (UploadTooLargeException)
        {
            logger.LogInformation("Refused upload {FileName}: larger than {MaxFileSize} bytes", shown, _options.MaxFileSize);
            return new UploadOutcome(shown, null, TooLargeMessage(fileName), TooLarge: true);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(head);
        }
    }

    // The first free name: anh.jpg, anh-2.jpg, anh-3.jpg… An existing file is never overwritten.
    private async Task<string> FreePathAsync(string folder, string name, CancellationToken ct)
    {
        for (var n = 1; ; n++)
        {
            var path = MediaPath.Combine(folder, MediaNames.WithSuffix(name, n));
            if (n >= MaxNameAttempts || await store.GetEntryAsync(path, ct) is null) return path;
        }
    }

    private static async Task<string?> SanitizedSvgAsync(Stream body, CancellationToken ct)
    {
        var buffer = new MemoryStream();
        await body.CopyToAsync(buffer, ct);
        buffer.Position = 0;
        return SvgSanitizer.Sanitize(buffer);
    }

    // Read from the first bytes only (PNG, GIF and WebP say their size at once; a JPEG whose large
    // Exif block pushes its size past them is let through, and its derivatives refuse it instead).
    private (int Width, int Height)? TooManyPixels(byte[] head, int headLength)
    {
        using var stream = new MemoryStream(head, 0, headLength, writable: false);
        return Images.ImageHeader.Read(stream) is { } header && header.Pixels > _options.MaxImagePixels
            ? (header.Width, header.Height)
            : null;
    }

    private UploadOutcome Refused(string shown, string message)
    {
        logger.LogInformation("Refused upload {FileName}: {Reason}", shown, message);
        return new UploadOutcome(shown, null, message);
    }

    private static string Shown(string? fileName)
    {
        var text = new string((fileName ?? "").Where(c => !char.IsControl(c)).Take(120).ToArray()).Trim();
        return text.Length == 0 ? "?" : text;
    }
}
