using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Usta.Search.Analysis;

namespace Usta.Search.Indexing;

/// <summary>
/// One copy of an index in one folder of this node: the only writer of that folder (Lucene's write
/// lock is taken here, by this node's worker, and nowhere else) and the searchers readers use.
/// Opening a folder another process writes throws <see cref="LockObtainFailedException"/>.
/// Thread-safe. A retired copy closes, and may delete its folder, once the last lease is returned.
/// </summary>
public sealed class LuceneIndex : IDisposable
{
    public const string ProcessLockFile = "usta-writer.lock";

    private readonly FileStream _processLock;
    private readonly Lucene.Net.Store.Directory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly System.Threading.Lock _gate = new();
    private int _leases;
    private bool _retired;
    private bool _deleteWhenClosed;
    private bool _closed;

    /// <param name="flushEveryDocuments">Tests only: write a segment every so many documents, as a large rebuild does past the RAM buffer.</param>
    public LuceneIndex(string name, string folder, int? flushEveryDocuments = null)
    {
        Name = name;
        Folder = folder;
        System.IO.Directory.CreateDirectory(folder);
        _processLock = LockForThisProcess(folder);
        _directory = OpenDirectory(folder);
        try
        {
            var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new VietnameseAnalyzer()) { OpenMode = OpenMode.CREATE_OR_APPEND };
            if (flushEveryDocuments is { } every)
            {
                config.MaxBufferedDocs = every;
                config.RAMBufferSizeMB = IndexWriterConfig.DISABLE_AUTO_FLUSH;
                config.MergePolicy = new TieredMergePolicy { SegmentsPerTier = 1000 };
            }
            _writer = new IndexWriter(_directory, config);
            _searchers = new SearcherManager(_writer, applyAllDeletes: true, new SearcherFactory());
        }
        catch
        {
            _writer?.Dispose();
            _directory.Dispose();
            _processLock.Dispose();
            throw;
        }
    }

    public string Name { get; }
    public string Folder { get; }

    /// <summary>The stored fields' files (<c>.fdt</c>, <c>.fdx</c>) of the folder's segments.</summary>
    public static readonly IReadOnlySet<string> StoredFieldsExtensions = new HashSet<string>(StringComparer.Ordinal) { "fdt", "fdx" };

    /// <summary>
    /// The folder as Lucene reads it: memory-mapped (what <see cref="FSDirectory.Open(string)"/> gives on a
    /// 64-bit Linux), except the stored fields, read through a buffer (<see cref="PositionalReadDirectory"/>).
    /// A results page's 10 stored documents are decompressed a byte at a time, and through Lucene.NET's mapped
    /// input that cost 1.9-2.1 ms of CPU a page against 0.9 ms buffered; the postings, read in blocks, are as
    /// fast or faster mapped (bench/README.md). Both halves are the same folder: nothing changes on disk, and
    /// Lucene's write lock is the buffered half's (a native lock file in the folder, as before).
    /// </summary>
    private static Lucene.Net.Store.Directory OpenDirectory(string folder)
    {
        var info = new DirectoryInfo(folder);
        return new FileSwitchDirectory(StoredFieldsExtensions.ToHashSet(StringComparer.Ordinal), new PositionalReadDirectory(info), FSDirectory.Open(info), doClose: true);
    }

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

    /// <summary>
    /// Merges the index down to at most <paramref name="segments"/> segments (part of the next commit).
    /// A query looks up each of its terms in every segment: on a 100,000-article index left at 27
    /// segments by the default merge policy, those lookups were a sixth of a query's CPU time.
    /// </summary>
    public void ForceMerge(int segments) => _writer.ForceMerge(segments);

    /// <summary>Segments searches see now.</summary>
    public int Segments
    {
        get
        {
            var searcher = _searchers.Acquire();
            try { return searcher.IndexReader.Leaves.Count; }
            finally { _searchers.Release(searcher); }
        }
    }

    /// <summary>Makes the changes durable with <paramref name="data"/> (the cursor) in the same commit, and visible to searches.</summary>
    public void Commit(IDictionary<string, string> data)
    {
        _writer.SetCommitData(data);
        _writer.Commit();
        _searchers.MaybeRefreshBlocking();
    }

    /// <summary>What the last commit stored with it (empty for a new index).</summary>
    public IDictionary<string, string> CommitData => _writer.CommitData ?? new Dictionary<string, string>();

    /// <summary>Documents searches see (deleted ones not counted).</summary>
    public int Documents
    {
        get
        {
            var searcher = _searchers.Acquire();
            try { return searcher.IndexReader.NumDocs; }
            finally { _searchers.Release(searcher); }
        }
    }

    public long SizeBytes => new DirectoryInfo(Folder).EnumerateFiles().Sum(f => f.Exists ? f.Length : 0);

    /// <summary>A searcher over this copy, or null when it was retired meanwhile (ask the store again).</summary>
    public SearcherLease? Acquire()
    {
        lock (_gate)
        {
            if (_retired) return null;
            _leases++;
        }
        return new SearcherLease(_searchers, Return);
    }

    /// <summary>No new leases; closes (and deletes the folder if asked) once the leases out are returned.</summary>
    public void Retire(bool deleteFolder)
    {
        lock (_gate)
        {
            _retired = true;
            _deleteWhenClosed = deleteFolder;
            if (_leases > 0) return;
        }
        Close();
    }

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

    /// <summary>Whether a process other than this one has a copy open in <paramref name="folder"/> (a running site).</summary>
    public static bool IsHeldByAnotherProcess(string folder)
    {
        try
        {
            LockForThisProcess(folder).Dispose();
            return false;
        }
        catch (LockObtainFailedException)
        {
            return true;
        }
    }

    public void Dispose() => Retire(deleteFolder: false);

    private void Return()
    {
        lock (_gate)
        {
            if (--_leases > 0 || !_retired) return;
        }
        Close();
    }

    private void Close()
    {
        lock (_gate)
        {
            if (_closed) return;
            _closed = true;
        }
        _searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
        _processLock.Dispose();
        if (_deleteWhenClosed) LocalIndexFolders.DeleteQuietly(Folder);
    }
}

/// <summary>A searcher borrowed from an index; give it back by disposing.</summary>
public sealed class SearcherLease : IDisposable
{
    private readonly SearcherManager _manager;
    private readonly Action _returned;
    private int _disposed;

    internal SearcherLease(SearcherManager manager, Action returned)
    {
        _manager = manager;
        _returned = returned;
        Searcher = manager.Acquire();
    }

    public IndexSearcher Searcher { get; }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        _manager.Release(Searcher);
        _returned();
    }
}
