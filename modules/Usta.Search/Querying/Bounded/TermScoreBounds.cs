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

    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<(string Field, string Text), Bound>> Kept = new();
    private const int MaxTermsPerSegment = 200_000;

    public static Bound Of(AtomicReader reader, DefaultSimilarity similarity, string field, string text)
    {
        var terms = Kept.GetValue(reader.CoreCacheKey, _ => new ConcurrentDictionary<(string, string), Bound>());
        if (terms.TryGetValue((field, text), out var kept)) return kept;
        if (terms.Count > MaxTermsPerSegment) terms.Clear();
        return terms[(field, text)] = Compute(reader, similarity, new Term(field, text));
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
