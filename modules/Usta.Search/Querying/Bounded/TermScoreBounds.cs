using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;

namespace Usta.Search.Querying.Bounded;

/// <summary>
/// For one term in one segment: its document frequency and the largest <c>tf(freq) × norm</c> of any
/// document in the segment, which times a query's weight value bounds the term's score there.
/// Lucene 4.8 keeps no such maxima, so each is computed once by reading the postings, and kept by
/// the segment's core: a segment never changes once written (deletions only remove documents, which
/// can only lower the true maximum), so a kept bound never goes stale; it goes with its segment.
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
        var docs = reader.GetTermDocsEnum(term);
        if (docs is null) return new Bound(0, 0f);
        var norms = reader.GetNormValues(term.Field);
        var max = 0f;
        int doc;
        while ((doc = docs.NextDoc()) != Lucene.Net.Search.DocIdSetIterator.NO_MORE_DOCS)
        {
            var raw = similarity.Tf(docs.Freq);
            if (norms is not null) raw *= similarity.DecodeNormValue(norms.Get(doc));
            if (raw > max) max = raw;
        }
        // The term's idf reads the segment's docFreq (deleted documents included): take it the same way.
        return new Bound(reader.DocFreq(term), max);
    }
}
