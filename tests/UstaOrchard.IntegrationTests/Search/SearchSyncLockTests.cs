using Lucene.Net.Store;
using Usta.Search.Indexing;
using UstaOrchard.IntegrationTests.Infrastructure;
using Xunit;

namespace UstaOrchard.IntegrationTests.Search;

public sealed class SearchSyncLockTests
{
    [Fact]
    public void SecondWriterOnAFolder_IsRefused_AndTheFirstKeepsWorking()
    {
        var folder = Paths.NewDataFolder();
        try
        {
            using var first = new LuceneIndex("Search", folder);
            Assert.Throws<LockObtainFailedException>(() => new LuceneIndex("Search", folder));

            first.Update([new SearchDocument { ContentItemId = "mot", ContentType = "Page", Title = "Một" }]);
            first.Commit(new IndexCommitState(1, 1, null, null).ToData());
            Assert.Equal(1, first.Documents);
            Assert.Equal(1, IndexCommitState.From(first.CommitData)!.Cursor);
        }
        finally
        {
            Paths.DeleteFolder(folder);
        }
    }
}
