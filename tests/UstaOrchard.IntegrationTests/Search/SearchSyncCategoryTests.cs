using Microsoft.Extensions.DependencyInjection;
using Usta.Contents;
using UstaOrchard.Core.Contents;
using UstaOrchard.IntegrationTests.Infrastructure;
using UstaOrchard.IntegrationTests.Search.Page;
using Xunit;
using static UstaOrchard.IntegrationTests.Search.SearchSyncProbe;

namespace UstaOrchard.IntegrationTests.Search;

public sealed class SearchSyncCategoryTests(EditorSiteFixture site) : IClassFixture<EditorSiteFixture>
{
    [Fact]
    public async Task RenamingACategory_ReindexesItsArticles()
    {
        var oldName = SearchPageClient.UniqueWord();
        var newName = SearchPageClient.UniqueWord();
        var category = await site.Factory.InScopeAsync(async sp =>
        {
            var contents = sp.GetRequiredService<ContentManager>();
            var item = contents.New(ContentTypes.Category);
            item.Apply(new TitlePart { Title = "Chuyên mục " + oldName });
            item.Apply(new AutoroutePart());
            item.Apply(new CategoryPart());
            return (await contents.CreateAsync(item, publish: true)).ContentItemId;
        });
        var article = await SearchPageClient.CreateAsync(site.Factory, "Bài trong chuyên mục mới", "<p>Nội dung.</p>",
            DateTime.UtcNow, categories: category);
        await site.Factory.WaitForSearchIndexAsync();
        Assert.Equal([article], Find(site.Factory.Services, oldName));

        await site.Factory.InScopeAsync(async sp =>
        {
            var contents = sp.GetRequiredService<ContentManager>();
            var item = (await contents.GetAsync(category, VersionOptions.Latest))!;
            item.Alter<TitlePart>(t => t.Title = "Chuyên mục " + newName);
            return await contents.SaveAndPublishAsync(item);
        });
        await site.Factory.WaitForSearchIndexAsync();

        Assert.Equal([article], Find(site.Factory.Services, newName));
        Assert.Empty(Find(site.Factory.Services, oldName)!);
    }
}
