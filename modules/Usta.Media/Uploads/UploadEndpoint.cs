using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Usta.Media.Library;
using UstaOrchard.Core.Media;

namespace Usta.Media.Uploads;

public sealed record UploadAnswer(string Name, string? Path, string? Thumbnail, bool IsImage, string? Error);

/// <summary>
/// <c>POST /Admin/Media/Upload?folder=…</c>: one file a request (the library's drag and drop sends
/// each file on its own, so each has its own progress and its own answer). The body limit follows
/// <c>Media:MaxFileSize</c>; a larger file is answered 413 with the limit named, before its body is read
/// when its length is declared.
/// </summary>
public static class UploadEndpoint
{
    public const string Route = "/Admin/Media/Upload";
    public const string FileNameHeader = "X-File-Name";

    public static async Task<IResult> HandleAsync(HttpContext context, string? folder, MediaUploader uploader, MediaQueries queries,
        IAntiforgery antiforgery, IOptions<MediaOptions> options, IStringLocalizer<MediaStartup> S)
    {
        var limit = options.Value.MaxFileSize;
        UploadRequest.LimitBody(context, limit + UploadRequest.Overhead);
        if (context.Request.ContentLength > limit + UploadRequest.Overhead)
        {
            // Answering before the client has sent its body makes Kestrel drop the connection, and the
            // client sees a reset instead of this message: the body is read and thrown away first,
            // up to twice the limit (beyond that, the reset is the answer).
            if (context.Request.ContentLength <= 2 * limit + UploadRequest.Overhead)
            {
                UploadRequest.LimitBody(context, context.Request.ContentLength.Value);
                await UploadRequest.DrainAsync(context);
            }
            var name = DeclaredName(context);
            return Answer(StatusCodes.Status413PayloadTooLarge, new UploadAnswer(name ?? "", null, null, false, uploader.TooLargeMessage(name)));
        }
        if (!UploadRequest.IsMultipart(context.Request, out var boundary))
            return Answer(StatusCodes.Status415UnsupportedMediaType, new UploadAnswer("", null, null, false, S["Send the file as a form upload (multipart/form-data)."]));
        if (!MediaPath.TryNormalizeFolder(folder ?? "", out var target, out _) || !await queries.FolderExistsAsync(target, context.RequestAborted))
            return Answer(StatusCodes.Status400BadRequest, new UploadAnswer("", null, null, false, S["The folder '{0}' does not exist.", folder ?? ""]));

        var reader = new MultipartReader(boundary, context.Request.Body);
        try
        {
            if (!await UploadRequest.ValidateTokenAsync(context, reader, antiforgery))
                return Answer(StatusCodes.Status400BadRequest, new UploadAnswer("", null, null, false, S["The form has expired. Reload the page and try again."]));

            for (var section = await reader.ReadNextSectionAsync(context.RequestAborted); section is not null; section = await reader.ReadNextSectionAsync(context.RequestAborted))
            {
                var fileName = UploadRequest.FileName(section);
                if (fileName is null) continue;
                var user = context.User.Identity?.Name ?? "";
                var outcome = await uploader.UploadAsync(target, fileName, section.Body, user, context.RequestAborted);
                if (outcome.TooLarge) await UploadRequest.DrainAsync(context);
                if (outcome.TooLarge) return Answer(StatusCodes.Status413PayloadTooLarge, new UploadAnswer(outcome.FileName, null, null, false, outcome.Error));
                if (!outcome.Succeeded) return Answer(StatusCodes.Status400BadRequest, new UploadAnswer(outcome.FileName, null, null, false, outcome.Error));
                var row = await queries.FileAsync(outcome.Path!, context.RequestAborted);
                return Answer(StatusCodes.Status200OK, new UploadAnswer(outcome.FileName, outcome.Path, MediaThumbnails.Url(outcome.Path!), row?.IsImage ?? false, null));
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            var name = DeclaredName(context);
            return Answer(StatusCodes.Status413PayloadTooLarge, new UploadAnswer(name ?? "", null, null, false, uploader.TooLargeMessage(name)));
        }
        catch (Exception e) when (UploadRequest.IsMalformed(e, context))
        {
            return Answer(StatusCodes.Status400BadRequest, new UploadAnswer("", null, null, false, S["The upload could not be read: the request is not a complete form upload."]));
        }
        return Answer(StatusCodes.Status400BadRequest, new UploadAnswer("", null, null, false, S["No file was sent."]));
    }

    // The script names the file in a header (URL-encoded), so a refusal before the body is read can name it too.
    private static string? DeclaredName(HttpContext context)
    {
        var header = context.Request.Headers[FileNameHeader].ToString();
        if (header.Length is 0 or > 1024) return null;
        try
        {
            return Uri.UnescapeDataString(header);
        }
        catch (UriFormatException)
        {
            return null;
        }
    }

    private static IResult Answer(int status, UploadAnswer answer) => Results.Json(answer, statusCode: status);
}
