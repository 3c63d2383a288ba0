using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace Usta.Search.Querying.Bounded;

/// <summary>
/// For one term in one segment: its document frequency and the largest <c>tf(freq) × norm</c> of any
/// document in the segment, which times a query's weight value bounds the term's score there.
/// Lucene 4.8 keeps no such maxima, so each is computed once by reading the postings, and kept by
/// the segment's core: a segment never changes once written, and the maximum is taken over deleted
/// documents too (a reader opened before a deletion still sees them), so a kept bound holds for every
/// reader of the segment; it goes with its segment. A common term (in at least a sixteenth of the
/// segment's documents) asked for as a required word also keeps its documents as a bit set, read in
/// the same pass: the words' sets ANDed are a query's matches, counted without reading postings.
/// </summary>
public static class TermScoreBounds
{
    /// <param name="Docs">The segment's documents with the term, deleted ones included; null unless asked for and common.</param>
    public readonly record struct Bound(int DocFreq, float MaxRaw, FixedBitSet? Docs = null);

    /// <summary>
    /// At most this many bounds are kept, over every segment: about 100 bytes each. A term absent
    /// from a segment is never kept (its enum's seek fails at once), so made-up words cost nothing;
    /// once full, a new bound is computed for the query and not kept, and none kept is thrown away
    /// (the first kept are the most asked for). Bounds go with their segment when it is collected.
    /// </summary>
    public const int MaxKept = 100_000;

    /// <summary>
    /// The documents' bit sets kept, over every segment, stay under this many bytes (a set is a bit a
    /// document of its segment: 12.5 KB at 100,000 documents, so some 5,000 common words). Once full, no
    /// set is made: segments are scored one match at a time until a closed segment makes room.
    /// </summary>
    public const long MaxKeptDocBytes = 64L << 20;

    /// <summary>A term in fewer than one in this many of a segment's documents keeps no bit set.</summary>
    public const int CommonEvery = 16;

    private static int _kept;
    private static long _keptDocBytes;

    /// <summary>How many bounds are kept now, over every segment.</summary>
    public static int Kept => Volatile.Read(ref _kept);

    /// <summary>How many bytes of documents' bit sets are kept now, over every segment.</summary>
    public static long KeptDocBytes => Volatile.Read(ref _keptDocBytes);

    private static readonly ConditionalWeakTable<object, SegmentBounds> Segments = new();

    /// <param name="withDocs">
    /// Whether the caller wants the term's documents: given only for a common term, and only while there
    /// is room to keep them (else the caller scores the segment one match at a time, as before the sets).
    /// </param>
    public static Bound Of(AtomicReader reader, DefaultSimilarity similarity, string field, string text, bool withDocs = false)
    {
        var segment = Segments.GetValue(reader.CoreCacheKey, _ => SegmentBounds.For(reader));
        var found = segment.Terms.TryGetValue((field, text), out var kept);
        withDocs &= (found || Kept < MaxKept) && KeptDocBytes < MaxKeptDocBytes;
        if (found && (!withDocs || kept.Docs is not null || !Common(kept.DocFreq, reader))) return kept;

        var bound = Compute(reader, similarity, new Term(field, text), withDocs);
        if (bound.DocFreq == 0 || segment.Released) return bound;
        var bytes = bound.Docs is { } docs ? docs.GetBits().Length * 8L : 0;
        if (found)
        {
            // Kept before without its documents (asked for as an optional word): with them now.
            if (bytes > 0 && segment.Terms.TryUpdate((field, text), bound, kept)) segment.AddDocBytes(bytes);
        }
        else if (Interlocked.Increment(ref _kept) > MaxKept || !segment.Terms.TryAdd((string.Intern(field), text), bound))
            Interlocked.Decrement(ref _kept);
        else
        {
            Interlocked.Increment(ref segment.Count);
            segment.AddDocBytes(bytes);
        }
        return bound;
    }

    private static bool Common(int docFreq, AtomicReader reader) => (long)docFreq * CommonEvery >= reader.MaxDoc;

    /// <summary>
    /// One segment core's bounds and sets. They leave the counts (and the table) when the core is closed,
    /// the last reader over it disposed: a retired copy's or a merged-away segment's room is free at once,
    /// not at some later full collection. A core that tells no one (a reader that is not a segment's) is
    /// let go by the finalizer.
    /// </summary>
    private sealed class SegmentBounds
    {
        public readonly ConcurrentDictionary<(string Field, string Text), Bound> Terms = new();
        public int Count;
        private long _docBytes;
        private int _released;

        public static SegmentBounds For(AtomicReader reader)
        {
            var segment = new SegmentBounds();
            if (reader is SegmentReader core) core.AddCoreDisposedListener(new Closed(segment));
            return segment;
        }

        public bool Released => Volatile.Read(ref _released) != 0;

        public void AddDocBytes(long bytes)
        {
            // The payload of the bit sets (a long a 64 documents). Checked before a set is made, so searches
            // starting together may each add one set past the cap: a few sets, never a growth.
            Interlocked.Add(ref _docBytes, bytes);
            Interlocked.Add(ref _keptDocBytes, bytes);
        }

        public void Release()
        {
            if (Interlocked.Exchange(ref _released, 1) != 0) return;
            Interlocked.Add(ref _kept, -Volatile.Read(ref Count));
            Interlocked.Add(ref _keptDocBytes, -Volatile.Read(ref _docBytes));
        }

        ~SegmentBounds() => Release();

        private sealed class Closed(SegmentBounds segment) : SegmentReader.ICoreDisposedListener
        {
            public void OnDispose(object ownerCoreCacheKey)
            {
                Segments.Remove(ownerCoreCacheKey);
                segment.Release();
            }
        }
    }

    public static Bound Compute(AtomicReader reader, DefaultSimilarity similarity, Term term, bool withDocs = false)
    {
        var terms = reader.GetTerms(term.Field)?.GetEnumerator();
        if (terms is null || !terms.SeekExact(term.Bytes)) return new Bound(0, 0f);
        var set = withDocs && Common(terms.DocFreq, reader) ? new FixedBitSet(reader.MaxDoc) : null;
        // Deleted documents too: the bound is kept per segment core, shared by every reader over it,
        // and an older reader (fewer deletions) must never be pruned with a newer one's smaller maximum.
        var docs = terms.Docs(null, null, DocsFlags.FREQS);
        var norms = reader.GetNormValues(term.Field);
        var max = 0f;
        int doc;
        while ((doc = docs.NextDoc()) != Lucene.Net.Search.DocIdSetIterator.NO_MORE_DOCS)
        {
            set?.Set(doc);
            var raw = similarity.Tf(docs.Freq);
            if (norms is not null) raw *= similarity.DecodeNormValue(norms.Get(doc));
            if (raw > max) max = raw;
        }
        // The term's idf reads the segment's docFreq (deleted documents included): the enum's is the same.
        return new Bound(terms.DocFreq, max, set);
    }
}
