using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Usta.Media.Library;
using UstaOrchard.Core.Data;

namespace Usta.Recipes.Uploads;

/// <summary>An uploaded recipe kept for its preview and apply: its id, the name it was sent with, its recipe file.</summary>
public sealed record RecipeUpload(string Id, string FileName, string RecipeFile, DateTime UploadedUtc);

public sealed record RecipeUploadOutcome(RecipeUpload? Upload, string? Error, bool TooLarge = false);

/// <summary>
/// Uploaded recipes, each in its own folder under the data folder (<c>RecipeUploads/&lt;id&gt;/</c>), never
/// under wwwroot or the media root, so nothing uploaded can be served. The recipe and the files it
/// refers to sit in <c>files/</c> (its <c>[file:…]</c> and media paths resolve there); the folder goes
/// after the recipe is applied, or a day after the upload when nobody applied it.
/// </summary>
public sealed partial class RecipeUploads(AppPaths paths, RecipeUploadOptions options, TimeProvider clock,
    IStringLocalizer<RecipesStartup> S, ILogger<RecipeUploads> logger)
{
    private const string FilesFolder = "files";
    private const string InfoFile = "upload.json";
    private const string ArchiveFile = "upload.zip";

    public RecipeUploadOptions Options => options;
    public string Root => Path.Combine(paths.DataPath, "RecipeUploads");
    public string MaxUploadText => MediaFormat.Size(options.MaxUploadBytes);

    public string TooLargeMessage => S["The file is larger than {0}, the most a recipe upload may be.", MaxUploadText];

    public async Task<RecipeUploadOutcome> SaveAsync(string fileName, Stream body, CancellationToken ct)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (extension is not (".json" or ".zip")) return new(null, S["Only a recipe file (.json) or an archive (.zip) can be uploaded."]);

        var id = Guid.NewGuid().ToString("N");
        var folder = Path.Combine(Root, id);
        var files = Path.Combine(folder, FilesFolder);
        Directory.CreateDirectory(files);
        try
        {
            var received = Path.Combine(extension == ".zip" ? folder : files, extension == ".zip" ? ArchiveFile : RecipeZip.RecipeFileName);
            if (!await CopyLimitedAsync(body, received, ct))
            {
                Delete(id);
                return new(null, TooLargeMessage, TooLarge: true);
            }
            if (extension == ".zip")
            {
                var refused = await new RecipeZip(options, S).ExtractAsync(received, files, ct);
                File.Delete(received);
                if (refused is not null)
                {
                    logger.LogInformation("Refused recipe archive {FileName}: {Reason}", fileName, refused);
                    Delete(id);
                    return new(null, refused);
                }
            }
            var upload = new RecipeUpload(id, Path.GetFileName(fileName), Path.Combine(files, RecipeZip.RecipeFileName), clock.GetUtcNow().UtcDateTime);
            await File.WriteAllTextAsync(Path.Combine(folder, InfoFile), JsonSerializer.Serialize(upload), ct);
            return new(upload, null);
        }
        catch
        {
            Delete(id);
            throw;
        }
    }

    /// <summary>The upload of an id as given in a request; null for a malformed id or one that is gone.</summary>
    public RecipeUpload? Find(string? id)
    {
        if (id is null || !IdPattern().IsMatch(id)) return null;
        var info = Path.Combine(Root, id, InfoFile);
        if (!File.Exists(info)) return null;
        var upload = JsonSerializer.Deserialize<RecipeUpload>(File.ReadAllText(info));
        return upload is null ? null : upload with { RecipeFile = Path.Combine(Root, id, FilesFolder, RecipeZip.RecipeFileName) };
    }

    public void Delete(string id)
    {
        if (!IdPattern().IsMatch(id)) return;
        try
        {
            var folder = Path.Combine(Root, id);
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning(e, "Could not delete the uploaded recipe folder {UploadId}", id);
        }
    }

    /// <summary>Deletes the uploads older than <see cref="RecipeUploadOptions.KeepAbandonedFor"/>, except <paramref name="inUse"/>.</summary>
    public int DeleteAbandoned(IReadOnlySet<string> inUse)
    {
        if (!Directory.Exists(Root)) return 0;
        var cutoff = clock.GetUtcNow().UtcDateTime - options.KeepAbandonedFor;
        var deleted = 0;
        foreach (var folder in Directory.EnumerateDirectories(Root))
        {
            var id = Path.GetFileName(folder);
            if (inUse.Contains(id) || Directory.GetLastWriteTimeUtc(folder) > cutoff) continue;
            Delete(id);
            deleted++;
        }
        return deleted;
    }

    private async Task<bool> CopyLimitedAsync(Stream body, string target, CancellationToken ct)
    {
        await using var file = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await body.ReadAsync(buffer, ct)) > 0)
        {
            total += read;
            if (total > options.MaxUploadBytes) return false;
            await file.WriteAsync(buffer.AsMemory(0, read), ct);
        }
        return true;
    }

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex IdPattern();
}
