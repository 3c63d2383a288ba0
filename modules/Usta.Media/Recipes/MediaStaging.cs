using UstaOrchard.Core.Media;
using UstaOrchard.Core.Recipes;

namespace Usta.Media.Recipes;

/// <summary>
/// The files of one Media step on their way into the store. They are written under a staging
/// folder (<c>.staging/{run}-{step}/new/…</c>; no media path can name it, so nobody reads a file
/// of a recipe that may yet fail), moved into place just before the recipe commits, and moved
/// back out if the commit fails: a file the recipe replaced waits under <c>…/old/…</c> until then.
/// </summary>
public sealed class MediaStaging(IFileStore store, string folder)
{
    private readonly List<string> _targets = [];
    private readonly List<(string Target, string? Backup)> _placed = [];

    public string Folder => folder;

    /// <summary>The target paths, each once, in the order the step first named them.</summary>
    public IReadOnlyList<string> Targets => _targets;

    /// <summary>Writes the content a target will get; a later file for the same target replaces it.</summary>
    public async Task StageAsync(string target, Stream content, CancellationToken ct)
    {
        await store.WriteAsync(New(target), content, overwrite: true, ct);
        if (!_targets.Contains(target, StringComparer.Ordinal)) _targets.Add(target);
    }

    /// <summary>The first bytes of a staged file, for the content check.</summary>
    public async Task<byte[]> HeadAsync(string target, int length, CancellationToken ct)
    {
        await using var stream = await store.OpenReadAsync(New(target), ct);
        if (stream is null) return [];
        var buffer = new byte[length];
        var read = await stream.ReadAtLeastAsync(buffer, length, throwOnEndOfStream: false, ct);
        return buffer[..read];
    }

    /// <summary>
    /// Moves every staged file into place, keeping a file it replaces under the staging folder, and
    /// returns the targets that changed: a file that already has the same content is left alone (a
    /// recipe applied twice changes nothing). Throws <see cref="MediaTargetException"/> naming a
    /// target that a folder holds.
    /// </summary>
    public async Task<IReadOnlyList<string>> PlaceAsync(CancellationToken ct)
    {
        var changed = new List<string>();
        foreach (var target in _targets)
        {
            var existing = await store.GetEntryAsync(target, ct);
            if (existing is { IsFolder: true }) throw new MediaTargetException(target);
            string? backup = null;
            if (existing is not null)
            {
                if (await SameContentAsync(target, existing.Length, ct)) continue;
                backup = Old(target);
                await store.MoveAsync(target, backup, ct);
            }
            try
            {
                await store.MoveAsync(New(target), target, CancellationToken.None);
            }
            catch
            {
                if (backup is not null) await store.MoveAsync(backup, target, CancellationToken.None);
                throw;
            }
            _placed.Add((target, backup));
            changed.Add(target);
        }
        return changed;
    }

    /// <summary>
    /// What placing the staged <paramref name="target"/> will do to the store as it is now: create it,
    /// replace it, or nothing (same bytes). Throws <see cref="MediaTargetException"/> when a folder holds it.
    /// </summary>
    public async Task<RecipeChangeKind> ChangeOfAsync(string target, CancellationToken ct)
    {
        var existing = await store.GetEntryAsync(target, ct);
        if (existing is null) return RecipeChangeKind.Created;
        if (existing.IsFolder) throw new MediaTargetException(target);
        return await SameContentAsync(target, existing.Length, ct) ? RecipeChangeKind.Unchanged : RecipeChangeKind.Updated;
    }

    private async Task<bool> SameContentAsync(string target, long length, CancellationToken ct)
    {
        var staged = await store.GetEntryAsync(New(target), ct);
        if (staged is null || staged.Length != length) return false;
        await using var a = await store.OpenReadAsync(New(target), ct);
        await using var b = await store.OpenReadAsync(target, ct);
        if (a is null || b is null) return false;
        var bufferA = new byte[81920];
        var bufferB = new byte[81920];
        while (true)
        {
            var read = await a.ReadAtLeastAsync(bufferA, bufferA.Length, throwOnEndOfStream: false, ct);
            if (await b.ReadAtLeastAsync(bufferB, bufferB.Length, throwOnEndOfStream: false, ct) != read) return false;
            if (!bufferA.AsSpan(0, read).SequenceEqual(bufferB.AsSpan(0, read))) return false;
            if (read < bufferA.Length) return true;
        }
    }

    /// <summary>
    /// Takes back what <see cref="PlaceAsync"/> did, newest first (a replaced file gets its old
    /// content again), then removes the staging folder. Returns what changed in the store.
    /// </summary>
    public async Task<IReadOnlyList<MediaChange>> UndoAsync()
    {
        var changes = new List<MediaChange>();
        for (var i = _placed.Count - 1; i >= 0; i--)
        {
            var (target, backup) = _placed[i];
            await store.DeleteFileAsync(target, CancellationToken.None);
            if (backup is null)
            {
                changes.Add(new MediaChange(MediaChangeKind.Deleted, target));
                continue;
            }
            await store.MoveAsync(backup, target, CancellationToken.None);
            changes.Add(new MediaChange(MediaChangeKind.Written, target));
        }
        _placed.Clear();
        await DiscardAsync();
        return changes;
    }

    /// <summary>Removes the staging folder with whatever it still holds (replaced files after a commit).</summary>
    public async Task DiscardAsync()
    {
        await store.DeleteFolderAsync(folder, recursive: true, CancellationToken.None);
        // The shared ".staging" goes with its last run's folder; another recipe's files keep it.
        var parent = MediaPath.FolderOf(folder);
        if (parent.Length == 0 || await store.GetEntryAsync(parent, CancellationToken.None) is null) return;
        if ((await store.ListAsync(parent, 0, 1, CancellationToken.None)).Total > 0) return;
        try
        {
            await store.DeleteFolderAsync(parent, recursive: false, CancellationToken.None);
        }
        catch (Exception e) when (e is FileStoreException { Error: FileStoreError.NotEmpty } or IOException)
        {
            // Another recipe staged its files in between.
        }
    }

    /// <summary>
    /// Removes what a recipe cut off by a crash or a kill left under <paramref name="parent"/>: run
    /// folders untouched since <paramref name="before"/>. No recipe runs that long, so none is live.
    /// </summary>
    public static async Task SweepAsync(IFileStore store, string parent, DateTimeOffset before, CancellationToken ct)
    {
        if (await store.GetEntryAsync(parent, ct) is null) return;
        var page = await store.ListAsync(parent, 0, 1000, ct);
        foreach (var entry in page.Entries.Where(e => e.IsFolder && e.LastModifiedUtc < before))
            await store.DeleteFolderAsync(entry.Path, recursive: true, ct);
    }

    private string New(string target) => $"{folder}/new/{target}";

    private string Old(string target) => $"{folder}/old/{target}";
}

/// <summary>A folder holds the path a file should take.</summary>
public sealed class MediaTargetException(string target) : Exception($"'{target}' is a folder")
{
    public string Target { get; } = target;
}
