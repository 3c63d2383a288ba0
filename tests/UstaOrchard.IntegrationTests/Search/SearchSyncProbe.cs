using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Usta.Contents;
using Usta.Search.Indexing;
using Usta.Search.Querying;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;

namespace UstaOrchard.IntegrationTests.Search;

/// <summary>What the sync tests need: pages with a unique word, and a search of this host's own copy.</summary>
public static class SearchSyncProbe
{
    /// <summary>A syllable no other content has, so a test only ever finds its own items.</summary>
    public static string NewWord() => "ma" + Guid.NewGuid().ToString("N")[..10];

    /// <summary>The ids this host's copy finds for <paramref name="query"/>; null when it has no copy ready.</summary>
    public static IReadOnlyList<string>? Find(IServiceProvider services, string query, string index = SearchIndexDefinition.DefaultName)
    {
        using var lease = services.GetRequiredService<SearchIndexStore>().TryAcquire(index);
        if (lease is null) return null;
        var hits = lease.Searcher.Search(SearchQueryBuilder.Build(ReaderQuery.Parse(query))!, 100);
        return hits.ScoreDocs.Select(d => lease.Searcher.Doc(d.Doc).Get(SearchFields.Id)).ToList();
    }

    /// <summary>How many documents this host's copy finds; null when it has no copy ready.</summary>
    public static int? Count(IServiceProvider services, string query, string index = SearchIndexDefinition.DefaultName)
    {
        using var lease = services.GetRequiredService<SearchIndexStore>().TryAcquire(index);
        return lease?.Searcher.Search(SearchQueryBuilder.Build(ReaderQuery.Parse(query))!, 1).TotalHits;
    }

    public static async Task<string> NewPageAsync(IServiceProvider services, string title, bool publish = true)
    {
        await using var scope = services.CreateAsyncScope();
        var contents = scope.ServiceProvider.GetRequiredService<ContentManager>();
        var page = contents.New(ContentTypes.Page);
        page.Apply(new TitlePart { Title = title });
        page.Apply(new HtmlBodyPart { Html = $"<p>Nội dung của {title}</p>" });
        return (await contents.CreateAsync(page, publish)).ContentItemId;
    }

    public static async Task<T> InScopeAsync<T>(IServiceProvider services, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public static Task<int> TasksOfAsync(IServiceProvider services, string contentItemId)
        => InScopeAsync(services, sp => sp.GetRequiredService<UstaDbContext>().Set<SearchIndexingTask>().CountAsync(t => t.ContentItemId == contentItemId));
}
