using Microsoft.Extensions.DependencyInjection;
using Usta.Articles;
using Usta.Contents;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Recipes;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Contents;

/// <summary>Texts above Content:Limits are refused on create, update and import, naming the field and the limit.</summary>
public sealed class ContentLimitsTests
{
    private static ContentItem Page(ContentManager contents, string title, string html)
        => contents.New(ContentTypes.Page).Apply(new TitlePart { Title = title }).Apply(new AutoroutePart()).Apply(new HtmlBodyPart { Html = html });

    [Fact]
    public async Task FiftyMillionCharacterBody_IsRefused_NamingTheFieldAndTheLimit()
    {
        await using var site = await TestSite.CreateAsync(TestDatabase.Sqlite());
        var body = new string('a', 50_000_000);

        var error = await Assert.ThrowsAsync<ContentValidationException>(() => site.InScopeAsync(sp =>
        {
            var contents = sp.GetRequiredService<ContentManager>();
            return contents.CreateAsync(Page(contents, "Bài rất dài", body), publish: true);
        }));

        Assert.Equal("Nội dung dài 50.000.000 ký tự; chỉ được tối đa 1.000.000 ký tự (Content:Limits:HtmlBodyChars).", error.Message);
    }

    [Fact]
    public async Task EveryField_HasItsConfiguredLimit_OnCreateAndOnUpdate()
    {
        await using var site = await TestSite.CreateAsync(TestDatabase.Sqlite(), settings: new Dictionary<string, string?>
        {
            ["Content:Limits:TitleChars"] = "20",
            ["Content:Limits:FieldChars"] = "50",
            ["Content:Limits:ItemChars"] = "300",
        });
        await site.InScopeAsync(async sp =>
        {
            var contents = sp.GetRequiredService<ContentManager>();
            var title = await Assert.ThrowsAsync<ContentValidationException>(() => contents.CreateAsync(Page(contents, new string('T', 21), "<p>Ngắn</p>"), publish: false));
            Assert.Equal("Tiêu đề dài 21 ký tự; chỉ được tối đa 20 ký tự (Content:Limits:TitleChars).", title.Message);

            var article = contents.New(ArticlesStartup.ContentType).Apply(new TitlePart { Title = "Có sapo dài" }).Apply(new AutoroutePart());
            article.Alter<ArticlePart>(a => a.Lead.Text = new string('s', 51));
            var lead = await Assert.ThrowsAsync<ContentValidationException>(() => contents.CreateAsync(article, publish: false));
            Assert.Equal("Article.Lead.Text dài 51 ký tự; chỉ được tối đa 50 ký tự (Content:Limits:FieldChars).", lead.Message);

            // An item may fit field by field and still be too large as a whole.
            var saved = await contents.CreateAsync(Page(contents, "Trang vừa", "<p>Ngắn</p>"), publish: false);
            saved.Alter<HtmlBodyPart>(b => b.Html = new string('x', 290));
            // An editor's save gets the broken rule as a result, not an exception, and nothing is stored.
            var whole = await contents.SaveDraftAsync(saved);
            Assert.True(whole.IsInvalid);
            var message = Assert.Single(whole.ValidationErrors).Message;
            Assert.StartsWith("Toàn bộ mục dài 3", message);
            Assert.EndsWith("chỉ được tối đa 300 ký tự (Content:Limits:ItemChars).", message);
            Assert.Equal("<p>Ngắn</p>", (await contents.GetAsync(saved.ContentItemId, VersionOptions.Latest))!.As<HtmlBodyPart>()!.Html);
        });
    }

    [Fact]
    public async Task OversizedItemInARecipe_NamesStepItemFieldAndLimit()
    {
        await using var site = await TestSite.CreateAsync(TestDatabase.Sqlite(), settings: new Dictionary<string, string?>
        {
            ["Content:Limits:HtmlBodyChars"] = "100",
        });
        site.Logs.Expect(e => e.Category.EndsWith(nameof(RecipeExecutor)));
        var recipe = Recipe.Parse($$"""
            { "name": "big", "steps": [ { "name": "Content", "data": [ { "ContentItemId": "bigpage000000000000000001", "ContentType": "Page",
                "DisplayText": "Trang lớn", "Published": true, "Latest": true, "TitlePart": { "Title": "Trang lớn" },
                "HtmlBodyPart": { "Html": "{{new string('x', 101)}}" } } ] } ] }
            """);

        var error = await Assert.ThrowsAsync<RecipeExecutionException>(() => site.Services.GetRequiredService<RecipeExecutor>().ExecuteAsync(recipe));

        Assert.Equal("Bước 1 (Content) thất bại tại mục 'bigpage000000000000000001 \"Trang lớn\"': Nội dung dài 101 ký tự; chỉ được tối đa 100 ký tự (Content:Limits:HtmlBodyChars).", error.Message);
    }
}
