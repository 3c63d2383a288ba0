using Microsoft.Extensions.DependencyInjection;
using Usta.Articles;
using Usta.Contents;
using UstaOrchard.Core.Contents;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Contents.Admin;

/// <summary>Items made straight through the content manager, with the owner and dates a test needs.</summary>
public static class ContentSeed
{
    public static string Tag() => "t" + Guid.NewGuid().ToString("N")[..10];

    public static Task<ContentItem> CreateAsync(this UstaAppFactory factory, string title, string owner, bool publish = false,
        string type = ContentTypes.Page, DateTime? modifiedUtc = null, DateTime? publishedUtc = null, string[]? terms = null)
        => factory.InScopeAsync(async sp =>
        {
            var contents = sp.GetRequiredService<ContentManager>();
            var item = contents.New(type);
            item.Owner = owner;
            item.Author = owner;
            item.ModifiedUtc = modifiedUtc;
            item.PublishedUtc = publishedUtc;
            item.Apply(new TitlePart { Title = title });
            item.Apply(new AutoroutePart { Path = "" });
            if (terms is not null) item.Alter<ArticlePart>(a => a.Categories.TermContentItemIds = [.. terms]);
            return await contents.CreateAsync(item, publish);
        });

    /// <summary>A new draft over the published version, with another title.</summary>
    public static Task<ContentItem> SaveDraftAsync(this UstaAppFactory factory, string id, string title)
        => factory.InScopeAsync(async sp =>
        {
            var contents = sp.GetRequiredService<ContentManager>();
            var latest = (await contents.GetAsync(id, VersionOptions.Latest))!;
            latest.Alter<TitlePart>(t => t.Title = title);
            var saved = await contents.SaveDraftAsync(latest);
            Assert.True(saved.Succeeded);
            return saved.ContentItem!;
        });

    public static Task<T> WithAsync<T>(this UstaAppFactory factory, Func<ContentManager, Task<T>> work)
        => factory.InScopeAsync(sp => work(sp.GetRequiredService<ContentManager>()));

    /// <summary>The titles the list shows, in order.</summary>
    public static async Task<IReadOnlyList<string>> ListedAsync(this HttpClient client, string query)
    {
        var page = await client.GetDocumentAsync("/Admin/Contents?" + query);
        return page.Texts("[data-test=content-row] [data-test=title]");
    }
}

public static class ContentListPages
{
    /// <summary>The state column of the listed rows, in order.</summary>
    public static async Task<IReadOnlyList<string>> ListedStatesAsync(this HttpClient client, string query)
    {
        var page = await client.GetDocumentAsync("/Admin/Contents?" + query);
        return page.Texts("[data-test=content-row] [data-test=state]");
    }
}
