using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;

namespace Usta.Search.Querying.Bounded;

/// <summary>
/// For one term in one segment: its document frequency and the largest <c>tf(freq) × norm</c> of any
/// document in the segment, which times a query's weight value bounds the term's score there.
/// Lucene 4.8 keeps no such maxima, so each is computed once by reading the postings, and kept by
/// the segment's core: a segment never changes once written, and the maximum is taken over deleted
/// documents too (a reader opened before a deletion still sees them), so a kept bound holds for every
/// reader of the segment; it goes with its segment.
/// </summary>
public static class TermScoreBounds
{
    public readonly record struct Bound(int DocFreq, float MaxRaw);

    /// <summary>
    /// At most this many bounds are kept, over every segment: about 100 bytes each. A term absent
    /// from a segment is never kept (its enum's seek fails at once), so made-up words cost nothing;
    /// once full, a new bound is computed for the query and not kept, and none kept is thrown away
    /// (the first kept are the most asked for). Bounds go with their segment when it is collected.
    /// </summary>
    public const int MaxKept = 100_000;

    private static int _kept;

    /// <summary>How many bounds are kept now, over every segment.</summary>
    public static int Kept => Volatile.Read(ref _kept);

    private static readonly ConditionalWeakTable<object, SegmentBounds> Segments = new();

    public static Bound Of(AtomicReader reader, DefaultSimilarity similarity, string field, string text)
    {
        var segment = Segments.GetValue(reader.CoreCacheKey, _ => new SegmentBounds());
        if (segment.Terms.TryGetValue((field, text), out var kept)) return kept;
        var bound = Compute(reader, similarity, new Term(field, text));
        if (bound.DocFreq == 0) return bound;
        if (Interlocked.Increment(ref _kept) > MaxKept || !segment.Terms.TryAdd((string.Intern(field), text), bound))
            Interlocked.Decrement(ref _kept);
        else Interlocked.Increment(ref segment.Count);
        return bound;
    }

    /// <summary>One segment core's bounds: when the core is collected, its bounds leave the count.</summary>
    private sealed class SegmentBounds
    {
        public readonly ConcurrentDictionary<(string Field, string Text), Bound> Terms = new();
        public int Count;

        ~SegmentBounds() => Interlocked.Add(ref _kept, -Volatile.Read(ref Count));
    }

    public static Bound Compute(AtomicReader reader, DefaultSimilarity similarity, Term term)
    {
        var terms = reader.GetTerms(term.Field)?.GetEnumerator();
        if (terms is null || !terms.SeekExact(term.Bytes)) return new Bound(0, 0f);
        // Deleted documents too: the bound is kept per segment core, shared by every reader over it,
        // and an older reader (fewer deletions) must never be pruned with a newer one's smaller maximum.
        var docs = terms.Docs(null, null, DocsFlags.FREQS);
        var norms = reader.GetNormValues(term.Field);
        var max = 0f;
        int doc;
        while ((doc = docs.NextDoc()) != Lucene.Net.Search.DocIdSetIterator.NO_MORE_DOCS)
        {
            var raw = similarity.Tf(docs.Freq);
            if (norms is not null) raw *= similarity.DecodeNormValue(norms.Get(doc));
            if (raw > max) max = raw;
        }
        // The term's idf reads the segment's docFreq (deleted documents included): the enum's is the same.
        return new Bound(terms.DocFreq, max);
    }
}
