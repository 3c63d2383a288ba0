using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Usta.Media.References;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Media;

namespace Usta.Media.Library;

/// <summary>The result of a library operation: the path it ended at, or a message saying why not.</summary>
public sealed record LibraryResult(string? Path, string? Error, IReadOnlyList<MediaUse>? Uses = null)
{
    public bool Succeeded => Error is null;
    public static LibraryResult Ok(string path) => new(path, null);
    public static LibraryResult Fail(string error, IReadOnlyList<MediaUse>? uses = null) => new(null, error, uses);
}

/// <summary>
/// What an editor does to files and folders: create, rename, move and delete. Each tells
/// <see cref="MediaChanges"/>, whose handlers move the index rows and the references in content
/// along; a move does both in one transaction with the file.
/// </summary>
public sealed class MediaLibrary(IFileStore store, MediaChanges changes, MediaUses uses, UstaDbContext db,
    MediaPathMessages pathMessages, IStringLocalizer<MediaStartup> S, ILogger<MediaLibrary> logger)
{
    public async Task<LibraryResult> CreateFolderAsync(string parent, string? name, string userName, CancellationToken ct)
    {
        if (!MediaPath.TryNormalizeFolder(parent, out var checkedParent, out var error)) return LibraryResult.Fail(pathMessages.Describe(error, parent));
        parent = checkedParent;
        if (string.IsNullOrWhiteSpace(name)) return LibraryResult.Fail(S["Enter a folder name."]);
        var path = MediaPath.Combine(parent, MediaNames.FolderName(name));
        if (await store.GetEntryAsync(path, ct) is not null) return LibraryResult.Fail(S["'{0}' already exists.", path]);
        await store.CreateFolderAsync(path, ct);
        await changes.NotifyAsync(new MediaChange(MediaChangeKind.FolderCreated, path, IsFolder: true, UserName: userName), ct);
        logger.LogInformation("Created media folder {Path}", path);
        return LibraryResult.Ok(path);
    }

    /// <summary>Renames a file (its extension stays) or a folder within its folder.</summary>
    public async Task<LibraryResult> RenameAsync(string path, string? newName, string userName, CancellationToken ct)
    {
        if (!MediaPath.TryNormalizeFile(path, out var checkedPath, out var error)) return LibraryResult.Fail(pathMessages.Describe(error, path));
        path = checkedPath;
        var entry = await store.GetEntryAsync(path, ct);
        if (entry is null) return LibraryResult.Fail(S["'{0}' does not exist.", path]);
        if (string.IsNullOrWhiteSpace(newName)) return LibraryResult.Fail(S["Enter a new name."]);
        string name;
        if (entry.IsFolder) name = MediaNames.FolderName(newName);
        else
        {
            var extension = MediaNames.ExtensionOf(path);
            var typed = MediaNames.FileName(newName);
            // The type of a file is its content: a rename keeps the extension whatever is typed.
            name = MediaNames.ExtensionOf(typed) == extension ? typed : MediaNames.FileName(newName + "." + extension);
        }
        return await MoveToAsync(entry, MediaPath.Combine(MediaPath.FolderOf(path), name), userName, ct);
    }

    /// <summary>Moves a file or a folder into another folder, keeping its name.</summary>
    public async Task<LibraryResult> MoveAsync(string path, string? targetFolder, string userName, CancellationToken ct)
    {
        if (!MediaPath.TryNormalizeFile(path, out var checkedPath, out var error)) return LibraryResult.Fail(pathMessages.Describe(error, path));
        path = checkedPath;
        if (!MediaPath.TryNormalizeFolder(targetFolder ?? "", out var folder, out error)) return LibraryResult.Fail(pathMessages.Describe(error, targetFolder));
        var entry = await store.GetEntryAsync(path, ct);
        if (entry is null) return LibraryResult.Fail(S["'{0}' does not exist.", path]);
        if (entry.IsFolder && (folder == path || folder.StartsWith(path + "/", StringComparison.Ordinal)))
            return LibraryResult.Fail(S["A folder cannot be moved into itself."]);
        if (folder.Length > 0 && await store.GetEntryAsync(folder, ct) is not { IsFolder: true })
            return LibraryResult.Fail(S["The folder '{0}' does not exist.", folder]);
        return await MoveToAsync(entry, MediaPath.Combine(folder, MediaPath.NameOf(path)), userName, ct);
    }

    /// <summary>
    /// Deletes a file. While content uses it, the delete is refused with the items listed, unless
    /// <paramref name="confirmed"/> (the editor saw the list and chose to break those links).
    /// </summary>
    public async Task<LibraryResult> DeleteFileAsync(string path, bool confirmed, string userName, CancellationToken ct)
    {
        if (!MediaPath.TryNormalizeFile(path, out var checkedPath, out var error)) return LibraryResult.Fail(pathMessages.Describe(error, path));
        path = checkedPath;
        var used = await uses.ForAsync(path, ct);
        if (used.Count > 0 && !confirmed)
            return LibraryResult.Fail(S["'{0}' is used by {1} content item(s). Confirm to delete it anyway.", path, used.Count], used);
        if (!await store.DeleteFileAsync(path, ct)) return LibraryResult.Fail(S["'{0}' does not exist.", path]);
        await changes.NotifyAsync(new MediaChange(MediaChangeKind.Deleted, path, UserName: userName), ct);
        logger.LogInformation("Deleted media file {Path} ({Uses} uses)", path, used.Count);
        return LibraryResult.Ok(path);
    }

    public async Task<LibraryResult> DeleteFolderAsync(string path, string userName, CancellationToken ct)
    {
        if (!MediaPath.TryNormalizeFile(path, out var checkedPath, out var error)) return LibraryResult.Fail(pathMessages.Describe(error, path));
        path = checkedPath;
        try
        {
            if (!await store.DeleteFolderAsync(path, recursive: false, ct)) return LibraryResult.Fail(S["'{0}' does not exist.", path]);
        }
        catch (FileStoreException e) when (e.Error == FileStoreError.NotEmpty)
        {
            return LibraryResult.Fail(S["The folder '{0}' is not empty: only an empty folder can be deleted.", path]);
        }
        await changes.NotifyAsync(new MediaChange(MediaChangeKind.Deleted, path, IsFolder: true, UserName: userName), ct);
        logger.LogInformation("Deleted media folder {Path}", path);
        return LibraryResult.Ok(path);
    }

    public async Task<LibraryResult> SetAltTextAsync(string path, string? altText, CancellationToken ct)
    {
        var row = await db.Set<MediaFileRecord>().FirstOrDefaultAsync(x => x.Path == path, ct);
        if (row is null) return LibraryResult.Fail(S["'{0}' does not exist.", path]);
        var text = (altText ?? "").Trim();
        if (text.Length > 1000) return LibraryResult.Fail(S["The alternative text is too long (at most {0} characters).", 1000]);
        row.AltText = text;
        await db.SaveChangesAsync(ct);
        return LibraryResult.Ok(path);
    }

    // The index rows and every item that names the file move in one transaction with the file:
    // the handlers run inside it, the file moves last, and it moves back if the commit fails, so
    // content never names a path the store does not have (nor the store a file content lost).
    private async Task<LibraryResult> MoveToAsync(FileStoreEntry entry, string target, string userName, CancellationToken ct)
    {
        if (target == entry.Path) return LibraryResult.Ok(target);
        if (await store.GetEntryAsync(target, ct) is not null) return LibraryResult.Fail(S["'{0}' already exists.", target]);
        await using var transaction = await db.BeginContentTransactionAsync(ct);
        var moved = false;
        try
        {
            await changes.NotifyAsync(new MediaChange(MediaChangeKind.Moved, target, entry.IsFolder, entry.Path, userName), ct);
            await store.MoveAsync(entry.Path, target, ct);
            moved = true;
            await transaction.CommitAsync(ct);
        }
        catch (Exception e) when (e is FileStoreException { Error: FileStoreError.AlreadyExists } or DbUpdateConcurrencyException or ContentValidationException)
        {
            await UndoMoveAsync(transaction, moved, entry.Path, target);
            logger.LogInformation("Did not move media {From} to {To}: {Reason}", entry.Path, target, e.Message);
            return e is FileStoreException
                ? LibraryResult.Fail(S["'{0}' already exists.", target])
                : LibraryResult.Fail(S["Content that uses '{0}' changed at the same moment, so nothing was moved. Try again.", entry.Path]);
        }
        catch
        {
            await UndoMoveAsync(transaction, moved, entry.Path, target);
            throw;
        }
        logger.LogInformation("Moved media {From} to {To}", entry.Path, target);
        return LibraryResult.Ok(target);
    }

    private async Task UndoMoveAsync(Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction, bool moved, string from, string target)
    {
        await transaction.RollbackAsync(CancellationToken.None);
        db.ChangeTracker.Clear();
        if (moved) await store.MoveAsync(target, from, CancellationToken.None);
    }
}
