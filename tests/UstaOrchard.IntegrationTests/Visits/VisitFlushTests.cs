using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Visits;

/// <summary>Counts survive a graceful stop, and nodes on one database add up.</summary>
public sealed class VisitFlushTests
{
    /// <summary>One database for several hosts, dropped when the last of them is done with it.</summary>
    private sealed class SharedDatabase(TestDatabase inner, int users) : TestDatabase
    {
        private int _users = users;
        public override string Name => inner.Name;
        public override IDictionary<string, string?> Settings(string dataPath) => inner.Settings(dataPath);
        public override Task DropAsync() => Interlocked.Decrement(ref _users) == 0 ? inner.DropAsync() : Task.CompletedTask;
    }

    private static readonly DateTimeOffset Noon = new(2026, 5, 4, 5, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Day = new(2026, 5, 4);

    [SkippableTheory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task GracefulStop_FlushesWhatWasCounted(string provider)
    {
        var database = new SharedDatabase(VisitSite.Database(provider), 2);
        var dataPath = Paths.NewDataFolder();
        using var cleanup = new FolderCleanup(dataPath);
        var first = VisitSite.Start(database, Noon, dataPath, keepData: true);
        var article = await first.PathOfAsync(VisitSite.SeedArticleId);
        for (var i = 0; i < 7; i++) await first.Reader().GetAsync(article);
        // No flush: the timer is ten minutes away; stopping the host must write them.
        await first.DisposeAsync();

        // The data folder (SQLite's file) is shared: kept until the last node is gone.
        await using var second = VisitSite.Start(database, Noon.AddMinutes(1), dataPath, keepData: true);
        Assert.Equal((7, 7), ((await second.StoredAsync(Day)).Total, (await second.StoredAsync(Day)).Today));
        Assert.Equal(7, await second.StoredViewsAsync(VisitSite.SeedArticleId));
        var figures = await second.FiguresAsync(VisitSite.SeedArticleId);
        Assert.Equal((7, 7, 7L), (figures.Total, figures.Today, figures.Views!.Value));
        // The stopped node withdrew its readers from "online now".
        Assert.Equal(0, figures.Online);
    }

    [SkippableTheory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task TwoNodesOnOneDatabase_AddUp_EvenFlushingTheSameNewDayAtOnce(string provider)
    {
        await using var nodes = new TwoNodes(provider);
        var (a, b) = (nodes.A, nodes.B);
        var article = await a.PathOfAsync(VisitSite.SeedArticleId);

        for (var round = 0; round < 3; round++)
        {
            await Task.WhenAll(
                Task.WhenAll(Enumerable.Range(0, 5).Select(_ => a.Reader().GetAsync(article))),
                Task.WhenAll(Enumerable.Range(0, 3).Select(_ => b.Reader().GetAsync(article))));
            // Both insert the day's row (first round) or add to it, at the same moment.
            await Task.WhenAll(a.FlushAsync(), b.FlushAsync());
        }
        await a.FlushAsync();

        Assert.Equal(24, (await a.StoredAsync(Day)).Today);
        Assert.Equal(24, await a.StoredViewsAsync(VisitSite.SeedArticleId));
        var figures = await a.FiguresAsync();
        Assert.Equal((24, 24, 24), (figures.Total, figures.Today, figures.Online));
    }

    /// <summary>
    /// "Lượt xem" is kept in memory between flushes (no statement a page): another node's flushed views
    /// show here after this node's next flush.
    /// </summary>
    [SkippableTheory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task ArticleViews_FromAnotherNode_ShowAfterThisNodesNextFlush(string provider)
    {
        await using var nodes = new TwoNodes(provider);
        var (a, b) = (nodes.A, nodes.B);
        var article = await a.PathOfAsync(VisitSite.SeedArticleId);
        Assert.Equal(0, (await a.FiguresAsync(VisitSite.SeedArticleId)).Views);

        for (var i = 0; i < 2; i++) await b.Reader().GetAsync(article);
        await b.FlushAsync();
        Assert.Equal(2, await a.StoredViewsAsync(VisitSite.SeedArticleId));
        // Kept on node A until its own flush (every few seconds on a site; ten minutes here).
        Assert.Equal(0, (await a.FiguresAsync(VisitSite.SeedArticleId)).Views);
        await a.FlushAsync();
        Assert.Equal(2, (await a.FiguresAsync(VisitSite.SeedArticleId)).Views);
        Assert.Equal("Lượt xem: 2", await ViewsOnPageAsync(a, article));
    }

    // A query key no page reads: the output cache never answers it, so the page is rendered now.
    private static async Task<string> ViewsOnPageAsync(VisitSite site, string article)
    {
        var html = await site.Reader().GetStringAsync(article + "?xem=" + Guid.NewGuid().ToString("N"));
        return new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelector("[data-test=article-views]")!.TextContent.Trim();
    }

    /// <summary>Deletes the shared data folder after every node using it was disposed (declared before them).</summary>
    /// <summary>Two nodes of one site started at noon: one database, one data folder (its keys), removed at the end.</summary>
    private sealed class TwoNodes : IAsyncDisposable
    {
        private readonly FolderCleanup _cleanup;

        public TwoNodes(string provider)
        {
            var database = new SharedDatabase(VisitSite.Database(provider), 2);
            var dataPath = Paths.NewDataFolder();
            _cleanup = new FolderCleanup(dataPath);
            A = VisitSite.Start(database, Noon, dataPath, keepData: true);
            try
            {
                B = VisitSite.Start(database, Noon, dataPath, keepData: true);
            }
            catch
            {
                A.DisposeAsync().AsTask().GetAwaiter().GetResult();
                _cleanup.Dispose();
                throw;
            }
        }

        public VisitSite A { get; }
        public VisitSite B { get; }

        public async ValueTask DisposeAsync()
        {
            await B.DisposeAsync();
            await A.DisposeAsync();
            _cleanup.Dispose();
        }
    }

    private sealed class FolderCleanup(string path) : IDisposable
    {
        public void Dispose() => Paths.DeleteFolder(path);
    }
}
