using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Usta.Media.Uploads;

/// <summary>
/// Reads an upload request section by section, straight from the body: files are handed to the
/// uploader as streams, never buffered whole. The antiforgery token must come first (the JS
/// upload sends it as a header; the plain form has its hidden field as its first field), so it
/// is checked before any file is read.
/// </summary>
public static class UploadRequest
{
    public const string TokenField = "__RequestVerificationToken";
    public const string TokenHeader = "RequestVerificationToken";
    // Room for the multipart framing and the form's small fields around the files.
    public const long Overhead = 1024 * 1024;

    /// <summary>Sets the request's body limit (Kestrel's feature) from the library's file limit.</summary>
    public static void LimitBody(HttpContext context, long limit)
    {
        var feature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (feature is { IsReadOnly: false }) feature.MaxRequestBodySize = limit;
    }

    /// <summary>Reads what is left of the body, within the body limit, so that the answer reaches the client.</summary>
    public static async Task DrainAsync(HttpContext context)
    {
        try
        {
            await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
        }
        catch (BadHttpRequestException)
        {
            // Past the body limit: Kestrel closes the connection after the answer.
        }
    }

    /// <summary>
    /// A body that breaks off or is not multipart as announced (the reader's InvalidDataException,
    /// IOException at an early end): the client's doing, answered 400, not a 500. A request the client
    /// itself abandoned is not answered at all.
    /// </summary>
    public static bool IsMalformed(Exception e, HttpContext context)
        => !context.RequestAborted.IsCancellationRequested && e is InvalidDataException or IOException && e is not BadHttpRequestException;

    public static bool IsMultipart(HttpRequest request, out string boundary)
    {
        boundary = "";
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
            return false;
        boundary = HeaderUtilities.RemoveQuotes(type.Boundary).Value ?? "";
        return boundary.Length is > 0 and <= 200;
    }

    /// <summary>
    /// Validates the antiforgery token: from the header when there is one, else from the first
    /// section, which must be the token field. False when it is missing or wrong.
    /// </summary>
    public static async Task<bool> ValidateTokenAsync(HttpContext context, MultipartReader reader, IAntiforgery antiforgery)
    {
        if (!context.Request.Headers.ContainsKey(TokenHeader))
        {
            var first = await reader.ReadNextSectionAsync(context.RequestAborted);
            if (first is null || FieldName(first) != TokenField) return false;
            var token = await ReadFieldAsync(first, 1024, context.RequestAborted);
            if (token is null) return false;
            context.Request.Headers[TokenHeader] = token;
        }
        try
        {
            await antiforgery.ValidateRequestAsync(context);
            return true;
        }
        catch (AntiforgeryValidationException)
        {
            return false;
        }
    }

    public static string? FieldName(MultipartSection section)
        => ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
            ? HeaderUtilities.RemoveQuotes(disposition.Name).Value
            : null;

    /// <summary>The file name of a file section; null for a plain field.</summary>
    public static string? FileName(MultipartSection section)
    {
        if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)) return null;
        var name = HeaderUtilities.RemoveQuotes(disposition.FileNameStar).Value;
        if (string.IsNullOrEmpty(name)) name = HeaderUtilities.RemoveQuotes(disposition.FileName).Value;
        return disposition.FileName.HasValue || disposition.FileNameStar.HasValue ? name ?? "" : null;
    }

    /// <summary>A small text field's value; null when it is longer than <paramref name="maxBytes"/>.</summary>
    public static async Task<string?> ReadFieldAsync(MultipartSection section, int maxBytes, CancellationToken ct)
    {
        var buffer = new byte[maxBytes + 1];
        var read = await SizeLimitedStream.ReadHeadAsync(section.Body, buffer, ct);
        return read > maxBytes ? null : Encoding.UTF8.GetString(buffer, 0, read);
    }
}
