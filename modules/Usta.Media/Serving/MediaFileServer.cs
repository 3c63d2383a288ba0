using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;
using Usta.Media.Images;
using UstaOrchard.Core.Media;
using UstaOrchard.Core.Web;

namespace Usta.Media.Serving;

/// <summary>
/// Answers <c>/media/{path}</c>: the original file, or a derivative of an image when the query asks
/// for one. Every path passes <see cref="MediaPath"/> first; refusals and missing files get the
/// site's Vietnamese status page, never a listing. Conditional (304) and range (206/416) requests
/// are answered by ASP.NET Core's file result.
/// </summary>
public sealed class MediaFileServer(IFileStore store, MediaFacts facts, ImageDerivatives derivatives, MediaOptions options, MediaPathMessages pathMessages, IStringLocalizer<MediaStartup> S)
{
    public const string Prefix = "/media";

    // A versioned URL never changes content: a replaced file gets a new token. Without the current
    // token the same URL may show a replaced file, so a cache keeps it for five minutes at most.
    public const string ImmutableCache = "public, max-age=31536000, immutable";
    public const string ShortCache = "public, max-age=300";
    public const string SvgPolicy = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

    public async Task ServeAsync(HttpContext context, string? path)
    {
        var ct = context.RequestAborted;
        if (string.IsNullOrEmpty(path))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        if (!MediaPath.TryNormalizeFile(path, out var normalized, out var error))
        {
            StatusMessage.Set(context, StatusCodes.Status400BadRequest, pathMessages.Describe(error, path));
            return;
        }
        var query = DerivativeQuery.Parse(context.Request.Query, S);
        if (query.Error is not null)
        {
            StatusMessage.Set(context, StatusCodes.Status400BadRequest, query.Error);
            return;
        }
        if (await facts.GetAsync(normalized, ct) is not { } file)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var extension = MediaNames.ExtensionOf(normalized);
        var cacheControl = query.Version == file.Version ? ImmutableCache : ShortCache;
        if (query.WantsDerivative)
        {
            await ServeDerivativeAsync(context, file, extension, query, cacheControl, ct);
            return;
        }

        var stream = await store.OpenReadAsync(file.Path, ct);
        if (stream is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        var contentType = MediaTypes.For(extension);
        SetHeaders(context, cacheControl, extension);
        var result = Microsoft.AspNetCore.Http.Results.File(stream, contentType ?? MediaTypes.Download,
            fileDownloadName: contentType is null ? MediaPath.NameOf(normalized) : null,
            lastModified: file.LastModifiedUtc, entityTag: new EntityTagHeaderValue($"\"{file.Version}\""), enableRangeProcessing: true);
        await result.ExecuteAsync(context);
    }

    private async Task ServeDerivativeAsync(HttpContext context, MediaFile file, string extension, DerivativeQuery query, string cacheControl, CancellationToken ct)
    {
        if (!MediaTypes.IsResizable(extension))
        {
            StatusMessage.Set(context, StatusCodes.Status400BadRequest, S["Only images (JPEG, PNG, GIF, WebP) have other sizes; '{0}' is not one.", MediaPath.NameOf(file.Path)]);
            return;
        }
        var width = query.Width ?? MediaOptions.Widths[^1];
        var outcome = await derivatives.GetAsync(file, width, query.Format, ct);
        if (outcome.Problem == ImageProblem.Busy)
        {
            context.Response.Headers.RetryAfter = "10";
            StatusMessage.Set(context, StatusCodes.Status503ServiceUnavailable, S["The site is making many pictures at the moment. Try again in a few seconds."]);
            return;
        }
        if (outcome.FilePath is null)
        {
            var message = outcome.Problem == ImageProblem.TooManyPixels
                ? S["The image '{0}' is too large to resize (more than {1:N0} pixels).", MediaPath.NameOf(file.Path), options.MaxImagePixels]
                : S["The image '{0}' cannot be read: the file is damaged or not an image.", MediaPath.NameOf(file.Path)];
            StatusMessage.Set(context, StatusCodes.Status422UnprocessableEntity, message);
            return;
        }
        FileStream stream;
        try
        {
            stream = new FileStream(outcome.FilePath, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 64 * 1024, useAsync: true);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            // Removed between making and opening: the original changed meanwhile.
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        SetHeaders(context, cacheControl, extension: "");
        var tag = new EntityTagHeaderValue($"\"{file.Version}-{width}-{query.Format.ToString().ToLowerInvariant()}\"");
        await Microsoft.AspNetCore.Http.Results.File(stream, outcome.ContentType, lastModified: file.LastModifiedUtc, entityTag: tag, enableRangeProcessing: true)
            .ExecuteAsync(context);
    }

    private static void SetHeaders(HttpContext context, string cacheControl, string extension)
    {
        var headers = context.Response.Headers;
        headers.CacheControl = cacheControl;
        headers.XContentTypeOptions = "nosniff";
        // An SVG opened on its own is a document that could run script: this one cannot.
        if (extension == "svg") headers.ContentSecurityPolicy = SvgPolicy;
    }
}
