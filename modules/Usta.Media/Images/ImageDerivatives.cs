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
    // Readers can ask for derivatives faster than they are made: beyond this many waiting, new
    // ones are refused (503) instead of queueing without end.
    private readonly int _maxWaiting = 16 * Environment.ProcessorCount;
    private int _waiting;
    // A picture that cannot be made (damaged, too large) is not decoded again for every request:
    // remembered per version, so a replaced file is tried afresh. Bounded: cleared when full.
    private readonly ConcurrentDictionary<string, ImageProblem> _failures = new(StringComparer.Ordinal);
    private const int MaxRememberedFailures = 10_000;
    private int _encodeCount;
    private int _attemptCount;

    public sealed record Outcome(string? FilePath, string ContentType, ImageProblem Problem);

    /// <summary>How many derivatives this process has encoded (tests and the benchmark read it).</summary>
    public int EncodeCount => Volatile.Read(ref _encodeCount);

    /// <summary>How many times this process has opened an original to make a derivative, made or not.</summary>
    public int AttemptCount => Volatile.Read(ref _attemptCount);

    public string CacheRoot => _root;

    public async Task<Outcome> GetAsync(MediaFile file, int width, DerivativeFormat format, CancellationToken ct)
    {
        // Every width at or above the original's is the original's size (never upscaled): one file, not up to seven.
        if (file.Width is { } original && width > original) width = MediaOptions.Widths.FirstOrDefault(w => w >= original, width);
        var extension = ImageEncoder.ExtensionFor(MediaNames.ExtensionOf(file.Path), format);
        var target = Path.Combine(FolderOf(file.Path), $"{width}-{file.Version}.{extension}");
        var contentType = ImageEncoder.ContentTypeOf(extension);
        if (File.Exists(target)) return new Outcome(target, contentType, ImageProblem.None);
        var failureKey = file.Path + "\n" + file.Version;
        if (_failures.TryGetValue(failureKey, out var known)) return new Outcome(null, contentType, known);

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
        if (Interlocked.Increment(ref _waiting) > _maxWaiting)
        {
            Interlocked.Decrement(ref _waiting);
            logger.LogWarning("Refused a derivative of {Path}: {Max} encodes are already waiting", file.Path, _maxWaiting);
            return new Outcome(null, contentType, ImageProblem.Busy);
        }
        await _encoders.WaitAsync();
        Interlocked.Decrement(ref _waiting);
        try
        {
            var outcome = await EncodeAsync(file, width, format, target, contentType);
            if (outcome.Problem is ImageProblem.Undecodable or ImageProblem.TooManyPixels) Remember(file, outcome.Problem);
            return outcome;
        }
        finally
        {
            _encoders.Release();
        }
    }

    private void Remember(MediaFile file, ImageProblem problem)
    {
        if (_failures.Count >= MaxRememberedFailures) _failures.Clear();
        _failures[file.Path + "\n" + file.Version] = problem;
    }

    private async Task<Outcome> EncodeAsync(MediaFile file, int width, DerivativeFormat format, string target, string contentType)
    {
        if (File.Exists(target)) return new Outcome(target, contentType, ImageProblem.None);
        Interlocked.Increment(ref _attemptCount);
        await using var source = await store.OpenReadAsync(file.Path);
        if (source is null) return new Outcome(null, contentType, ImageProblem.Undecodable);
        var (encoded, problem) = await Task.Run(() => ImageEncoder.Encode(source, MediaNames.ExtensionOf(file.Path), width, format, options.MaxImagePixels));
        if (encoded is null) return new Outcome(null, contentType, problem);
        Interlocked.Increment(ref _encodeCount);

        // Replaced while it was being encoded: these pixels are the new file's, and must not be kept
        // under the old version's name (served as immutable for a year).
        if (await store.GetEntryAsync(file.Path) is not { } now || MediaFacts.VersionOf(now) != file.Version)
            return new Outcome(null, contentType, ImageProblem.Busy);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            var temp = target + "." + Guid.NewGuid().ToString("N") + ".tmp";
            await File.WriteAllBytesAsync(temp, encoded.Bytes);
            File.Move(temp, target, overwrite: true);
        }
        catch (Exception e) when (e is DirectoryNotFoundException or FileNotFoundException)
        {
            // The original was moved or deleted meanwhile and its derivatives removed under us.
            return new Outcome(null, contentType, ImageProblem.Busy);
        }
        return new Outcome(target, contentType, ImageProblem.None);
    }

    // One folder per original: "a/b.jpg" → Cache/media/a/b.jpg/, so removing a file's or a folder's derivatives is one delete.
    private string FolderOf(string mediaPath) => Path.Combine(_root, mediaPath.Replace('/', Path.DirectorySeparatorChar));
}
