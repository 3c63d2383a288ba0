using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Usta.Search.Indexing;
using UstaOrchard.IntegrationTests.Infrastructure;
using Xunit;
using static UstaOrchard.IntegrationTests.Search.SearchSyncProbe;

namespace UstaOrchard.IntegrationTests.Search;

/// <summary>A rebuild asked for through the definition's generation: built in a new folder while the old copy answers.</summary>
public sealed class SearchSyncRebuildTests(EditorSiteFixture site) : IClassFixture<EditorSiteFixture>
{
    private const string Index = SearchIndexDefinition.DefaultName;
    private IServiceProvider Services => site.Factory.Services;
    private SearchIndexStore Store => Services.GetRequiredService<SearchIndexStore>();

    [Fact]
    public async Task RequestedRebuild_RaisesTheGeneration_AndTheNodeSwapsToANewFolder()
    {
        var word = NewWord();
        var id = await NewPageAsync(Services, $"Trang trước khi dựng lại {word}");
        await site.Factory.WaitForSearchIndexAsync();
        var before = Store.StateOf(Index)!.Generation;

        Assert.True(await InScopeAsync(Services, sp => sp.GetRequiredService<SearchIndexManager>().RequestRebuildAsync(Index, "kiem-thu", default)));
        await site.Factory.WaitForSearchIndexAsync();

        Assert.Equal(before + 1, Store.StateOf(Index)!.Generation);
        Assert.Equal([id], Find(Services, word));
        var indexFolder = Path.Combine(site.Factory.DataPath, "Search", Index);
        var current = File.ReadAllText(Path.Combine(indexFolder, "current"));
        Assert.StartsWith($"g{before + 1}-", current, StringComparison.Ordinal);
        // The old generation's folder goes once no search holds it.
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (Directory.GetDirectories(indexFolder, "g*").Length > 1 && DateTime.UtcNow < deadline) await Task.Delay(50);
        Assert.Equal([current], Directory.GetDirectories(indexFolder, "g*").Select(Path.GetFileName));
    }

    [Fact]
    public async Task Rebuild_LeavesOneSegment_WhateverTheWriterFlushed()
    {
        var word = NewWord();
        for (var i = 0; i < 3; i++) await NewPageAsync(Services, $"Trang phân đoạn {i} {word}");
        var folder = Path.Combine(site.Factory.DataPath, "segments-" + word);
        // A writer that flushes every 2 documents stands in for a large site's rebuild, which flushes every 16 MB.
        using (var index = new LuceneIndex(Index, folder, flushEveryDocuments: 2))
        {
            var documents = await InScopeAsync(Services, sp => sp.GetRequiredService<SearchIndexRebuilder>()
                .RebuildAsync(index, SearchIndexDefinition.Default, new Dictionary<string, string>(), default));

            Assert.True(documents >= 3, $"only {documents} documents");
            Assert.Equal(1, index.Segments);
            using var lease = index.Acquire()!;
            Assert.Equal(documents, lease.Searcher.IndexReader.NumDocs);
            Assert.Equal(3, lease.Searcher.Search(Usta.Search.Querying.SearchQueryBuilder.Build(Usta.Search.Querying.ReaderQuery.Parse(word))!, 10).TotalHits);
        }
        LocalIndexFolders.DeleteQuietly(folder);
    }

    [Fact]
    public async Task WhileARebuildRuns_TheOldCopyKeepsAnswering()
    {
        // Enough items that the rebuild takes a while.
        var word = NewWord();
        var items = new StringBuilder();
        for (var i = 0; i < 300; i++)
            items.Append(i == 0 ? "" : ",").Append($$"""{ "ContentItemId": "{{EditorSiteFixture.NewId()}}", "ContentType": "Page", "DisplayText": "Trang {{i}}", "Published": true, "Latest": true, "TitlePart": { "Title": "Trang số {{i}} {{word}}" }, "HtmlBodyPart": { "Html": "<p>Đoạn văn bản dài để dựng lại chỉ mục lâu hơn một chút: Liên hiệp các Hội Khoa học và Kỹ thuật Đồng Nai {{i}}.</p>" } }""");
        await site.ApplyAsync($$"""{ "name": "nhieu-trang", "steps": [ { "name": "Content", "data": [ {{items}} ] } ] }""");
        await site.Factory.WaitForSearchIndexAsync();
        Assert.Equal(300, Count(Services, word));

        using var stop = new CancellationTokenSource();
        var (answers, answersWhileRebuilding, missing, noCopy) = (0, 0, 0, 0);
        var reader = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var rebuilding = Store.StateOf(Index)?.Rebuilding == true;
                var found = Count(Services, word);
                if (found is null) noCopy++;
                else if (found != 300) missing++;
                else
                {
                    answers++;
                    if (rebuilding) answersWhileRebuilding++;
                }
                await Task.Yield();
            }
        });

        await InScopeAsync(Services, sp => sp.GetRequiredService<SearchIndexManager>().RequestRebuildAsync(Index, "kiem-thu", default));
        await site.Factory.WaitForSearchIndexAsync();
        await stop.CancelAsync();
        await reader;

        Assert.Equal(0, noCopy);
        Assert.Equal(0, missing);
        Assert.True(answersWhileRebuilding > 0, $"No search ran during the rebuild ({answers} answers in all)");
    }
}
