using Microsoft.Extensions.DependencyInjection;
using Usta.Articles;
using Usta.Contents;
using UstaOrchard.Core.Contents;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Caching;

/// <summary>Items made through the content manager, and what the output cache answered.</summary>
public static class CachedSite
{
    /// <summary>2024-05-03 10:00 in the site's time zone (UTC+7).</summary>
    public static readonly DateTime PublishedUtc = new(2024, 5, 3, 3, 0, 0, DateTimeKind.Utc);
    public const string DayUrl = "/ngay/2024-05-03";

    /// <summary>The output cache answers with an Age header; a rendered page has none.</summary>
    public static bool FromCache(this HttpResponseMessage response) => response.Headers.Age is not null;

    public static async Task<(bool FromCache, string Html)> ReadAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"GET {url}: {(int)response.StatusCode}");
        return (response.FromCache(), await response.Content.ReadAsStringAsync());
    }

    /// <summary>Reads <paramref name="url"/> twice: the second answer must come from the cache.</summary>
    public static async Task<string> WarmAsync(this HttpClient client, string url)
    {
        await client.ReadAsync(url);
        var (cached, html) = await client.ReadAsync(url);
        Assert.True(cached, $"GET {url} a second time was not answered from the cache");
        return html;
    }

    public static Task<ContentItem> NewItemAsync(this IServiceProvider services, string type, string title, bool publish = true,
        string[]? categories = null)
        => InScopeAsync(services, async sp =>
        {
            var contents = sp.GetRequiredService<ContentManager>();
            var item = contents.New(type);
            item.Apply(new TitlePart { Title = title });
            item.Apply(new AutoroutePart { Path = "" });
            if (type == ArticlesStartup.ContentType)
            {
                item.PublishedUtc = PublishedUtc;
                item.Alter<ArticlePart>(a => a.Categories.TermContentItemIds = [.. categories ?? []]);
            }
            return await contents.CreateAsync(item, publish);
        });

    public static Task RetitleAsync(this IServiceProvider services, string id, string title)
        => InScopeAsync(services, async sp =>
        {
            var contents = sp.GetRequiredService<ContentManager>();
            var latest = (await contents.GetAsync(id, VersionOptions.Latest))!;
            latest.Alter<TitlePart>(t => t.Title = title);
            latest.DisplayText = title;
            Assert.True((await contents.SaveAndPublishAsync(latest)).Succeeded);
            return true;
        });

    public static Task<T> WithContentsAsync<T>(this IServiceProvider services, Func<ContentManager, Task<T>> work)
        => InScopeAsync(services, sp => work(sp.GetRequiredService<ContentManager>()));

    public static async Task<T> InScopeAsync<T>(IServiceProvider services, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    /// <summary>Polls until <paramref name="check"/> holds, at most <paramref name="seconds"/>.</summary>
    public static async Task<bool> EventuallyAsync(Func<Task<bool>> check, double seconds = 5)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            if (await check()) return true;
            if (DateTime.UtcNow > deadline) return false;
            await Task.Delay(100);
        }
    }
}

/// <summary>One database for several hosts, dropped when the last of them is done with it.</summary>
public sealed class SharedDatabase(TestDatabase inner, int users) : TestDatabase
{
    private int _users = users;
    public override string Name => inner.Name;
    public override IDictionary<string, string?> Settings(string dataPath) => inner.Settings(dataPath);
    public override Task DropAsync() => Interlocked.Decrement(ref _users) == 0 ? inner.DropAsync() : Task.CompletedTask;
}
