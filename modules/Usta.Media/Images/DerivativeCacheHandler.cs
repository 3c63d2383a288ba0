namespace Usta.Media.Images;

/// <summary>Forgets a file's derivatives and its remembered size when it is replaced, moved or deleted.</summary>
public sealed class DerivativeCacheHandler(ImageDerivatives derivatives, MediaFacts facts) : IMediaChangeHandler
{
    public Task ChangedAsync(MediaChange change, CancellationToken ct)
    {
        if (change.Kind == MediaChangeKind.FolderCreated) return Task.CompletedTask;
        Forget(change.Path);
        if (change.OldPath is { Length: > 0 } old) Forget(old);
        return Task.CompletedTask;
    }

    private void Forget(string path)
    {
        derivatives.Remove(path);
        facts.Forget(path);
    }
}
