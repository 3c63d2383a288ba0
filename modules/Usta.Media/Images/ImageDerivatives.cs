using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Media;

namespace Usta.Media.Images;

/// <summary>
/// The derivative cache under <c>App:DataPath/Cache/media</c> (outside the media root, so no
/// media path reaches it). A derivative is made once: concurrent first requests for one key share
/// a single encode in this process, and a file written to a temporary name and renamed into place
/// means two nodes on one disk can at worst both encode, never serve a half-written file.
/// </summary>
public sealed class ImageDerivatives(AppPaths paths, IFileStore store, MediaOptions options, ILogger<ImageDerivatives> logger)
{
    private readonly string _root = Path.Combine(paths.DataPath, "Cache", "media");
    private readonly ConcurrentDictionary<string, Lazy<Task<Outcome>>> _inFlight = new(StringComparer.Ordinal);
    // Encoding holds a decoded picture in memory: at most one per core at a time.
    private readonly SemaphoreSlim _encoders = new(Environment.ProcessorCount, Environment.ProcessorCount);
    private int _encodeCount;

    public sealed record Outcome(string? FilePath, string ContentType, ImageProblem Problem);

    /// <summary>How many derivatives this process has encoded (tests and the benchmark read it).</summary>
    public int EncodeCount => Volatile.Read(ref _encodeCount);

    public string CacheRoot => _root;

    public async Task<Outcome> GetAsync(MediaFile file, int width, DerivativeFormat format, CancellationToken ct)
    {
        var extension = ImageEncoder.ExtensionFor(MediaNames.ExtensionOf(file.Path), format);
        var target = Path.Combine(FolderOf(file.Path), $"{width}-{file.Version}.{extension}");
        var contentType = ImageEncoder.ContentTypeOf(extension);
        if (File.Exists(target)) return new Outcome(target, contentType, ImageProblem.None);

        var lazy = _inFlight.GetOrAdd(target, key => new Lazy<Task<Outcome>>(() => MakeAsync(file, width, format, key, contentType)));
        try
        {
            // A reader who gives up does not cancel the encode the others wait for.
            return await lazy.Value.WaitAsync(ct);
        }
        finally
        {
            if (lazy.IsValueCreated && lazy.Value.IsCompleted) _inFlight.TryRemove(new KeyValuePair<string, Lazy<Task<Outcome>>>(target, lazy));
        }
    }

    /// <summary>Removes every derivative of a file, or of every file under a folder.</summary>
    public void Remove(string mediaPath)
    {
        var folder = FolderOf(mediaPath);
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (IOException e)
        {
            // Another request may be writing a derivative right now; its version is stale and never asked again.
            logger.LogInformation(e, "Derivatives of {Path} could not all be removed", mediaPath);
        }
    }

    private async Task<Outcome> MakeAsync(MediaFile file, int width, DerivativeFormat format, string target, string contentType)
    {
        await _encoders.WaitAsync();
        try
        {
            if (File.Exists(target)) return new Outcome(target, contentType, ImageProblem.None);
            await using var source = await store.OpenReadAsync(file.Path);
            if (source is null) return new Outcome(null, contentType, ImageProblem.Undecodable);
            var (encoded, problem) = await Task.Run(() => ImageEncoder.Encode(source, MediaNames.ExtensionOf(file.Path), width, format, options.MaxImagePixels));
            if (encoded is null) return new Outcome(null, contentType, problem);
            Interlocked.Increment(ref _encodeCount);

            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            var temp = target + "." + Guid.NewGuid().ToString("N") + ".tmp";
            await File.WriteAllBytesAsync(temp, encoded.Bytes);
            File.Move(temp, target, overwrite: true);
            return new Outcome(target, contentType, ImageProblem.None);
        }
        finally
        {
            _encoders.Release();
        }
    }

    // One folder per original: "a/b.jpg" → Cache/media/a/b.jpg/, so removing a file's or a folder's derivatives is one delete.
    private string FolderOf(string mediaPath) => Path.Combine(_root, mediaPath.Replace('/', Path.DirectorySeparatorChar));
}
