namespace UstaOrchard.Core.Caching;

/// <summary>
/// Marks a public page or endpoint whose response anonymous readers may be served from the output
/// cache. <see cref="QueryKeys"/> are the query-string keys the page reads: a request with any other key
/// is neither cached nor answered from the cache (so junk query strings cannot fill the cache).
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, Inherited = false)]
public sealed class PublicCacheAttribute(params string[] queryKeys) : Attribute
{
    public IReadOnlyList<string> QueryKeys { get; } = queryKeys;
}
