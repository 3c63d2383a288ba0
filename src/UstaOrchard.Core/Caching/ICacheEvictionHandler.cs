namespace UstaOrchard.Core.Caching;

/// <summary>
/// A cache that drops what carries any of the given tags. The change-feed follower calls every
/// registered handler, for changes made here as soon as they commit and for other processes' changes
/// when it reads them from the database.
/// </summary>
public interface ICacheEvictionHandler
{
    Task EvictAsync(IReadOnlyCollection<string> tags, CancellationToken cancellationToken);
}
