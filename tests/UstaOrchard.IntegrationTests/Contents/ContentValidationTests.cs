using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Usta.Articles;
using Usta.Bulletins;
using Usta.Contents;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Contents;

/// <summary>Every rule an item breaks comes back at once, each keyed by the editor's field, and nothing is stored.</summary>
public sealed class ContentValidationTests
{
    private static Task<TestSite> SiteAsync() => TestSite.CreateAsync(TestDatabase.Sqlite(), settings: new Dictionary<string, string?>
    {
        ["Content:Limits:TitleChars"] = "20",
        ["Content:Limits:FieldChars"] = "50",
    });

    private static ContentItem BrokenBulletin(ContentManager contents)
        => contents.New(BulletinsStartup.ContentType).Apply(new TitlePart { Title = new string('B', 21) })
            .Apply(new AutoroutePart()).Apply(new BulletinPart { Number = 0, Year = 1800 });

    [Fact]
    public async Task BulletinBreakingThreeRules_IsRefusedWithAllThree_KeyedByField()
    {
        await using var site = await SiteAsync();

        var result = await site.InScopeAsync(sp =>
        {
            var contents = sp.GetRequiredService<ContentManager>();
            return contents.TryCreateAsync(BrokenBulletin(contents), publish: true);
        });

        Assert.True(result.IsInvalid, result.Status.ToString());
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["TitlePart.Title"] = "Tiêu đề dài 21 ký tự; chỉ được tối đa 20 ký tự (Content:Limits:TitleChars).",
                ["BulletinPart.Number"] = "Số bản tin phải là số nguyên dương.",
                ["BulletinPart.Year"] = "Năm của bản tin phải từ 1900 đến 2200.",
            },
            result.ValidationErrors.ToDictionary(e => e.Key, e => e.Message));
        Assert.Equal(0, await site.InScopeAsync(sp => sp.GetRequiredService<UstaDbContext>().ContentItems.CountAsync()));
    }

    [Fact]
    public async Task FieldTooLong_IsKeyedByTheFieldsEditorPrefix_OnSaveDraft()
    {
        await using var site = await SiteAsync();
        await site.InScopeAsync(async sp =>
        {
            var contents = sp.GetRequiredService<ContentManager>();
            var article = await contents.CreateAsync(contents.New(ArticlesStartup.ContentType)
                .Apply(new TitlePart { Title = "Bài có sapo" }).Apply(new AutoroutePart()), publish: false);
            article.Alter<ArticlePart>(a => a.Lead.Text = new string('s', 51));
            article.Alter<TitlePart>(t => t.Title = new string('T', 25));

            var result = await contents.SaveDraftAsync(article);

            Assert.True(result.IsInvalid);
            Assert.Equal(["Article.Lead", "TitlePart.Title"], result.ValidationErrors.Select(e => e.Key).Order());
        });
    }

    [Fact]
    public async Task RecipeImport_ThrowsWithEveryError_SoTheRecipeNamesThemAll()
    {
        await using var site = await SiteAsync();

        var error = await Assert.ThrowsAsync<ContentValidationException>(() => site.InScopeAsync(sp =>
        {
            var contents = sp.GetRequiredService<ContentManager>();
            return contents.ImportAsync(BrokenBulletin(contents));
        }));

        Assert.Equal(["BulletinPart.Number", "BulletinPart.Year", "TitlePart.Title"], error.Errors.Select(e => e.Key).Order());
        Assert.Contains("Số bản tin phải là số nguyên dương.", error.Message);
        Assert.Contains("Năm của bản tin phải từ 1900 đến 2200.", error.Message);
    }
}
