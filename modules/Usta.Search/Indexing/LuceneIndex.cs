using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Usta.Search.Analysis;

namespace Usta.Search.Indexing;

/// <summary>
/// One Lucene index in one folder of this node: the only writer of that folder (Lucene's write
/// lock is taken here and nowhere else) and the searchers readers use. Thread-safe.
/// </summary>
public sealed class LuceneIndex : IDisposable
{
    public const string ProcessLockFile = "usta-writer.lock";

    private readonly FileStream _processLock;
    private readonly FSDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;

    public LuceneIndex(string name, string folder)
    {
        Name = name;
        Folder = folder;
        System.IO.Directory.CreateDirectory(folder);
        _processLock = LockForThisProcess(folder);
        _directory = FSDirectory.Open(folder);
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new VietnameseAnalyzer())
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
        };
        _writer = new IndexWriter(_directory, config);
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, new SearcherFactory());
    }

    public string Name { get; }
    public string Folder { get; }

    /// <summary>Adds or replaces each document (by its ContentItemId).</summary>
    public void Update(IEnumerable<SearchDocument> documents)
    {
        foreach (var document in documents)
            _writer.UpdateDocument(LuceneDocuments.IdTerm(document.ContentItemId), LuceneDocuments.ToDocument(document));
    }

    public void Delete(IEnumerable<string> contentItemIds)
    {
        foreach (var id in contentItemIds) _writer.DeleteDocuments(LuceneDocuments.IdTerm(id));
    }

    public void DeleteAll() => _writer.DeleteAll();

    /// <summary>Makes the changes durable with <paramref name="data"/> (the cursor) in the same commit, and visible to searches.</summary>
    public void Commit(IDictionary<string, string> data)
    {
        _writer.SetCommitData(data);
        _writer.Commit();
        _searchers.MaybeRefreshBlocking();
    }

    /// <summary>What the last commit stored with it (empty for a new index).</summary>
    public IDictionary<string, string> CommitData => _writer.CommitData ?? new Dictionary<string, string>();

    public SearcherLease Acquire() => new(_searchers);

    // Lucene.NET's native lock only keeps out writers of this process on Linux (a second process opened
    // a writer on a folder a running site held); an exclusive open of our own file keeps out the others.
    private static FileStream LockForThisProcess(string folder)
    {
        try
        {
            return new FileStream(Path.Combine(folder, ProcessLockFile), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e)
        {
            throw new LockObtainFailedException($"Another process holds the search index in {folder}.", e);
        }
    }

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
        _processLock.Dispose();
    }
}

/// <summary>A searcher borrowed from an index; give it back by disposing.</summary>
public sealed class SearcherLease(SearcherManager manager) : IDisposable
{
    private readonly SearcherManager _manager = manager;

    public IndexSearcher Searcher { get; } = manager.Acquire();

    public void Dispose() => _manager.Release(Searcher);
}
