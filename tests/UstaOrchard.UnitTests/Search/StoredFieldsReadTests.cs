using Usta.Search.Indexing;
using Xunit;

namespace UstaOrchard.UnitTests.Search;

/// <summary>
/// A results page reads its hits' stored fields through <see cref="PositionalReadDirectory"/> (LuceneIndex's
/// folder): every read says where it reads, and the inputs' clones share a file handle. Many threads
/// reading documents of several segments at once must each get the document they asked for, whole.
/// </summary>
public sealed class StoredFieldsReadTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "usta-stored-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Concurrent_reads_of_stored_documents_each_get_their_own_document()
    {
        const int count = 300;
        // Bodies of different lengths (some past the 16 KB buffer and the 16 KB chunks), numbered inside.
        static string Body(int i) => string.Join(' ', Enumerable.Range(0, 40 + i * 37 % 2500).Select(j => $"đoạn{i}-{j}"));
        using (var index = new LuceneIndex("Search", _folder, flushEveryDocuments: 80))
        {
            index.Update(Enumerable.Range(0, count).Select(i => new SearchDocument
            {
                ContentItemId = $"d{i}", ContentType = "Article", Title = $"Bài số {i}", Body = Body(i),
                PublishedUtc = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(i),
            }));
            index.Commit(new Dictionary<string, string>());
        }

        using var reopened = new LuceneIndex("Search", _folder);
        using var lease = reopened.Acquire()!;
        var searcher = lease.Searcher;
        Assert.True(searcher.IndexReader.Leaves.Count >= 3);
        // Which document each number is, read on one thread first.
        var ids = Enumerable.Range(0, count).Select(doc => LuceneDocuments.Read(searcher, doc).ContentItemId).ToArray();
        var failures = 0;
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, thread =>
        {
            var random = new Random(thread);
            for (var n = 0; n < 400; n++)
            {
                var doc = random.Next(count);
                var hit = LuceneDocuments.Read(searcher, doc);
                var i = int.Parse(ids[doc][1..]);
                if (hit.ContentItemId != ids[doc] || hit.Title != $"Bài số {i}" || hit.Body != Body(i)) Interlocked.Increment(ref failures);
            }
        });
        Assert.Equal(0, failures);
    }

    public void Dispose()
    {
        if (System.IO.Directory.Exists(_folder)) System.IO.Directory.Delete(_folder, recursive: true);
    }
}
