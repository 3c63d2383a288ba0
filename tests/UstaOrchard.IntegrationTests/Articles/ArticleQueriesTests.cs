using Microsoft.Extensions.DependencyInjection;
using Usta.Articles;
using Usta.Contents;
using UstaOrchard.Core.Contents;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Articles;

/// <summary>Category lists: one category read as an index range, several without listing an article twice.</summary>
public sealed class ArticleQueriesTests
{
    private const string Parent = "parentcat0000000000000001";
    private const string Child = "childcat00000000000000001";

    [Fact]
    public async Task ArticleInTwoCategories_IsListedOnce_NewestFirst_AndCountedOnce()
    {
        await using var site = await TestSite.CreateAsync(TestDatabase.Sqlite());
        await site.InScopeAsync(async sp =>
        {
            var contents = sp.GetRequiredService<ContentManager>();
            async Task<string> ArticleAsync(string title, int day, params string[] categories)
            {
                var article = contents.New(ArticlesStartup.ContentType);
                article.Apply(new TitlePart { Title = title });
                article.Apply(new AutoroutePart());
                article.Alter<ArticlePart>(a => a.Categories.TermContentItemIds = [.. categories]);
                article.PublishedUtc = new DateTime(2024, 5, day, 3, 0, 0, DateTimeKind.Utc);
                return (await contents.CreateAsync(article, publish: true)).ContentItemId;
            }

            var both = await ArticleAsync("Tin ở hai chuyên mục", 3, Parent, Child);
            var parentOnly = await ArticleAsync("Tin chuyên mục cha", 2, Parent);
            var childOnly = await ArticleAsync("Tin chuyên mục con", 4, Child);
            await ArticleAsync("Tin chuyên mục khác", 5, "othercat00000000000000001");
            var draft = contents.New(ArticlesStartup.ContentType);
            draft.Apply(new TitlePart { Title = "Bản nháp" });
            draft.Alter<ArticlePart>(a => a.Categories.TermContentItemIds = [Child]);
            await contents.CreateAsync(draft, publish: false);

            var queries = sp.GetRequiredService<ArticleQueries>();
            var tree = await queries.InCategoriesAsync([Parent, Child], 1, 10, default);
            Assert.Equal([childOnly, both, parentOnly], tree.Items.Select(i => i.ContentItemId));
            Assert.Equal(3, tree.Total);

            var child = await queries.InCategoriesAsync([Child], 1, 1, default);
            Assert.Equal([childOnly], child.Items.Select(i => i.ContentItemId));
            Assert.Equal(2, child.Total);
            Assert.Equal([both], (await queries.InCategoriesAsync([Child], 2, 1, default)).Items.Select(i => i.ContentItemId));
            // Around "both" (day 3) in its two categories: the one older article, then the nearest newer one.
            var around = await queries.AroundAsync(both, new DateTime(2024, 5, 3, 3, 0, 0, DateTimeKind.Utc), [Parent, Child], 2, default);
            Assert.Equal([childOnly, parentOnly], around.Select(i => i.ContentItemId));
        });
    }
}
