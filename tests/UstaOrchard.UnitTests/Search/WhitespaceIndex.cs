using Lucene.Net.Analysis.Core;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace UstaOrchard.UnitTests.Search;

/// <summary>The writer settings of the bounded scorer's small hand-made indexes: words split on spaces, segments never merged.</summary>
public static class WhitespaceIndex
{
    /// <param name="segmentEvery">Flush a segment every so many documents (null: at Lucene's RAM buffer, so one segment here).</param>
    public static IndexWriterConfig Config(int? segmentEvery = null)
    {
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48)) { MergePolicy = NoMergePolicy.COMPOUND_FILES };
        if (segmentEvery is { } every) config.MaxBufferedDocs = every;
        return config;
    }
}
