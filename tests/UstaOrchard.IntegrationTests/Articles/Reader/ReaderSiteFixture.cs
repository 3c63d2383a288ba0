using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Usta.Articles;
using Usta.Contents;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Articles.Reader;

/// <summary>
/// A usta-setup site deployed with a base URL, plus an article in the seed's sub-category
/// "Hoạt động Hội thành viên" whose title tries to close the JSON-LD script element.
/// </summary>
public sealed class ReaderSiteFixture : IAsyncLifetime
{
    public const string BaseUrl = "https://lienhiephoi.example";
    public const string HostileTitle = "Hội thảo </script><script>alert(1)</script> & \"Đồng Nai\" <!--";
    public const string Byline = "Nguyễn Văn Đức";

    public UstaAppFactory Factory { get; } = new(TestDatabase.Sqlite(), settings: new Dictionary<string, string?>
    {
        ["Site:BaseUrl"] = BaseUrl,
        ["AllowedHosts"] = "localhost",
    });

    public string ArticleUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Factory.CreateClient().Dispose();
        ArticleUrl = await Factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<UstaDbContext>();
            var child = await db.Set<CategoryIndex>().Where(c => c.Path == "chuyen-muc/hoat-dong-hoi-thanh-vien" && c.Published)
                .Select(c => c.ContentItemId).SingleAsync();
            var contents = sp.GetRequiredService<ContentManager>();
            var article = contents.New(ArticlesStartup.ContentType);
            article.Apply(new TitlePart { Title = HostileTitle });
            article.Apply(new AutoroutePart { Path = "tin-tuc/hoi-thao-the-script" });
            article.Alter<ArticlePart>(a =>
            {
                a.Categories.TermContentItemIds = [child];
                a.Byline.Text = Byline;
                a.Lead.Text = "Sapo của bài.";
            });
            article.PublishedUtc = new DateTime(2024, 3, 5, 1, 30, 0, DateTimeKind.Utc);
            var created = await contents.CreateAsync(article, publish: true);
            return ContentRoutes.UrlOf(created);
        });
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
