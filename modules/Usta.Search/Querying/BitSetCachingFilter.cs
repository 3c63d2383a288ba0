using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Usta.Search.Querying;

/// <summary>
/// A filter kept per segment as a bit set. Lucene's <see cref="CachingWrapperFilter"/> keeps a
/// compressed set, which can only be walked in order; the results page looks its documents up one by
/// one (<see cref="Bounded.BoundedSearch"/>), which a bit set answers at once. A bit a document:
/// 12.5 KB for 100,000 documents.
/// </summary>
public sealed class BitSetCachingFilter(Filter filter) : CachingWrapperFilter(filter)
{
    protected override DocIdSet CacheImpl(DocIdSetIterator iterator, AtomicReader reader)
    {
        var bits = new FixedBitSet(reader.MaxDoc);
        bits.Or(iterator);
        return bits;
    }
}
