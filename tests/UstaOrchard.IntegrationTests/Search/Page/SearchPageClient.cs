using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Usta.Articles;
using Usta.Contents;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Search.Page;

/// <summary>The search page as a reader sees it, and the content the page tests search for.</summary>
public static class SearchPageClient
{
    public sealed record Answer(HttpStatusCode Status, string Html, IDocument Document)
    {
        public IReadOnlyList<IElement> Hits => Document.QuerySelectorAll("[data-test=search-hit]").ToList();
        public IReadOnlyList<string> HitIds => Hits.Select(h => h.GetAttribute("data-id")!).ToList();
        public string? Notice => Document.QuerySelector("[data-test=search-notice]")?.TextContent.Trim();
        public string? Error => Document.QuerySelector("[data-test=search-error]")?.TextContent.Trim();
    }

    /// <summary>GET /tim-kiem with a query string written as is (so tests can send what a form never would).</summary>
    public static async Task<Answer> GetAsync(UstaAppFactory factory, string queryString)
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        using var response = await client.GetAsync("/tim-kiem" + (queryString.Length > 0 ? "?" + queryString : ""));
        var html = await response.Content.ReadAsStringAsync();
        return new Answer(response.StatusCode, html, new HtmlParser().ParseDocument(html));
    }

    public static Task<Answer> SearchAsync(UstaAppFactory factory, string q, string filters = "")
        => GetAsync(factory, "q=" + Uri.EscapeDataString(q) + (filters.Length > 0 ? "&" + filters : ""));

    /// <summary>A syllable no sample text has: what a test's own items share.</summary>
    public static string UniqueWord() => "zq" + string.Concat(Guid.NewGuid().ToString("N").Where(char.IsLetter).Take(8));

    public static Task<string> CreateAsync(UstaAppFactory factory, string title, string html, DateTime publishedUtc,
        string type = ArticlesStartup.ContentType, bool publish = true, params string[] categories)
        => factory.InScopeAsync(async sp =>
        {
            var contents = sp.GetRequiredService<ContentManager>();
            var item = contents.New(type);
            item.Apply(new TitlePart { Title = title });
            item.Apply(new AutoroutePart());
            item.Apply(new HtmlBodyPart { Html = html });
            if (type == ArticlesStartup.ContentType) item.Alter<ArticlePart>(a => a.Categories.TermContentItemIds = [.. categories]);
            item.PublishedUtc = publish ? publishedUtc : null;
            return (await contents.CreateAsync(item, publish)).ContentItemId;
        });

    public static Task<List<string>> PublishedCategoriesAsync(UstaAppFactory factory)
        => factory.InScopeAsync(sp => sp.GetRequiredService<UstaDbContext>().Set<CategoryIndex>()
            .Where(c => c.Published).OrderBy(c => c.Path).Select(c => c.ContentItemId).ToListAsync());

    public static Task RunInScopeAsync(this UstaAppFactory factory, Func<IServiceProvider, Task> work)
        => factory.InScopeAsync(async sp => { await work(sp); return 0; });
}
