using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Usta.Articles;
using Usta.Bulletins;
using Usta.Contents;
using Usta.Users;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Media;
using UstaOrchard.Core.Recipes;
using UstaOrchard.Core.Settings;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Recipes;

/// <summary>Recipes on a real database; run once on SQLite and once on PostgreSQL.</summary>
public abstract class RecipeExecutionTests
{
    protected abstract TestDatabase NewDatabase();

    private static Task<RecipeResult> ApplyAsync(TestSite site, string json, RecipeOptions? options = null)
        => site.Services.GetRequiredService<RecipeExecutor>().ExecuteAsync(Recipe.Parse(json), options);

    private static async Task<RecipeResult> ApplySetupRecipeAsync(TestSite site)
    {
        var recipe = await Recipe.LoadAsync(Path.Combine(Paths.Recipes, "usta-setup.recipe.json"));
        return await site.Services.GetRequiredService<RecipeExecutor>().ExecuteAsync(recipe, new RecipeOptions
        {
            Parameters = new(StringComparer.OrdinalIgnoreCase)
            {
                ["AdminUsername"] = TestAccounts.AdminUserName,
                ["AdminEmail"] = "admin@example.org",
                ["AdminPassword"] = TestAccounts.AdminPassword,
            },
        });
    }

    private static void ExpectRecipeFailure(TestSite site) => site.Logs.Expect(e => e.Category.EndsWith(nameof(RecipeExecutor)));

    [SkippableFact]
    public async Task SetupRecipe_AppliesToAnEmptyDatabase()
    {
        await using var site = await TestSite.CreateAsync(NewDatabase(), setUp: true);
        await site.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<UstaDbContext>();
            Assert.True(await db.Set<ArticleIndex>().CountAsync(x => x.Published) >= 13);
            Assert.Equal([40, 41, 42, 43], await db.Set<BulletinIndex>().Where(x => x.Published && x.Year == 2021).OrderBy(x => x.Number).Select(x => x.Number).ToListAsync());
            var categories = await db.Set<CategoryIndex>().Where(x => x.Published).Select(x => x.Title).ToListAsync();
            Assert.Contains("Tin tức – Sự kiện", categories);
            Assert.Contains("Hoạt động Hội thành viên", categories);
            Assert.Contains("Tư vấn – Phản biện", categories);
            Assert.True(await db.Set<LinkIndex>().CountAsync(x => x.Published) >= 3);

            var settings = await sp.GetRequiredService<SiteService>().GetAsync();
            Assert.NotNull(settings.SetupCompletedUtc);
            Assert.Equal("Asia/Ho_Chi_Minh", settings.TimeZoneId);
            var organisation = settings.Get<OrganisationSettings>();
            Assert.Equal("Dong Nai Union of Science and Technology Associations", organisation.NameEn);
            Assert.Equal("0251.3946348", organisation.Phone);
            Assert.Equal(2, organisation.Editors.Count);

            var users = sp.GetRequiredService<UserManager<UstaUser>>();
            var admin = await users.FindByNameAsync(TestAccounts.AdminUserName);
            Assert.NotNull(admin);
            Assert.True(await users.IsInRoleAsync(admin, Permissions.AdministratorRole));
            Assert.True(await users.CheckPasswordAsync(admin, TestAccounts.AdminPassword));

            var seed = await sp.GetRequiredService<ContentRoutes>().FindPublishedAsync(
                "tin-tuc/chi-bo-lien-hiep-cac-hoi-khoa-hoc-va-ky-thuat-dong-nai-day-manh-cong-tac-giao-duc-chinh-tri-tu-tuong-cho-can-bo-dang", default);
            Assert.NotNull(seed);
            Assert.Equal("Dương Phúc", seed.As<ArticlePart>()!.Byline.Text);
            Assert.Equal(new DateTime(2021, 12, 7, 19, 50, 0, DateTimeKind.Utc), seed.ModifiedUtc);

            // The seed article's photograph, with its alternative text and caption, in its field and its body.
            var image = seed.As<ArticlePart>()!.Image;
            Assert.Equal(["tin-tuc/2021/hoi-nghi-chi-bo.jpg"], image.Paths);
            Assert.StartsWith("Hội trường hội nghị", image.FirstText);
            Assert.StartsWith("Cán bộ, đảng viên Liên hiệp Hội tham dự Hội nghị", image.FirstCaption);
            Assert.Contains("<figure><img src=\"/media/tin-tuc/2021/hoi-nghi-chi-bo.jpg\" alt=\"Hội trường hội nghị", seed.As<HtmlBodyPart>()!.Html);
            Assert.Contains("<figcaption>Cán bộ, đảng viên Liên hiệp Hội tham dự Hội nghị", seed.As<HtmlBodyPart>()!.Html);

            // Every file an article or a bulletin names is in the store, as the recipe's folder has it.
            var contents = sp.GetRequiredService<ContentManager>();
            var named = new List<string>();
            foreach (var id in await db.Set<ArticleIndex>().Where(x => x.Published).Select(x => x.ContentItemId).ToListAsync())
                named.AddRange((await contents.GetAsync(id))!.As<ArticlePart>()!.Image.Paths);
            foreach (var id in await db.Set<BulletinIndex>().Where(x => x.Published).Select(x => x.ContentItemId).ToListAsync())
            {
                var bulletin = (await contents.GetAsync(id))!.As<BulletinPart>()!;
                Assert.Single(bulletin.Pdf.Paths);
                named.AddRange(bulletin.Cover.Paths.Concat(bulletin.Pdf.Paths));
            }
            Assert.True(named.Count >= 23, $"only {named.Count} media paths");
            var store = sp.GetRequiredService<IFileStore>();
            foreach (var path in named.Distinct())
            {
                await using var stored = await store.OpenReadAsync(path);
                Assert.True(stored is not null, $"{path} is not in the store");
                using var copy = new MemoryStream();
                await stored.CopyToAsync(copy);
                Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(Paths.Recipes, "media", path)), copy.ToArray());
            }
            Assert.Null(await store.GetEntryAsync(".staging"));
        });
    }

    /// <summary>The last step of counted-setup.recipe.json: counts the setups of all nodes.</summary>
    private sealed class SetupCounter
    {
        private int _count;

        public int Count => _count;

        public sealed class Step(SetupCounter counter) : IRecipeStepHandler
        {
            public string Name => "CountSetup";

            public Task<string> ExecuteAsync(RecipeStepContext context)
            {
                Interlocked.Increment(ref counter._count);
                return Task.FromResult("counted");
            }
        }
    }

    [SkippableFact]
    public async Task TwoNodesStartingTogether_SetTheSiteUpOnce()
    {
        var database = NewDatabase();
        var dataPath = Paths.NewDataFolder();
        var setups = new SetupCounter();
        // The recipe's items and users are idempotent, so only counting runs tells one setup from two.
        var settings = new Dictionary<string, string?> { ["Setup:Recipe"] = Paths.Fixture("counted-setup.recipe.json") };
        Task<TestSite> StartNode() => Task.Run(() => TestSite.CreateAsync(database, setUp: true, dataPath: dataPath, settings: settings,
            services: s => s.AddSingleton(setups).AddRecipeStep<SetupCounter.Step>()));

        var sites = await Task.WhenAll(StartNode(), StartNode());
        try
        {
            var counts = await sites[1].InScopeAsync(async sp =>
            {
                var db = sp.GetRequiredService<UstaDbContext>();
                return (Items: await db.ContentItems.CountAsync(), Users: await db.Set<UstaUser>().CountAsync());
            });
            Assert.Equal(1, setups.Count);
            Assert.Equal(1, counts.Items);
            Assert.Equal(1, counts.Users);
        }
        finally
        {
            foreach (var site in sites) await site.DisposeAsync();
        }
    }

    [SkippableFact]
    public async Task SetupRecipeAppliedTwice_ChangesNothing()
    {
        await using var site = await TestSite.CreateAsync(NewDatabase(), setUp: true);
        var before = await DatabaseSnapshot.TakeAsync(site);

        var result = await ApplySetupRecipeAsync(site);

        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(site));
        Assert.All(result.Steps.Where(s => s.Name == "Content"), s => Assert.StartsWith("tạo mới 0, cập nhật 0", s.Summary));
    }

    [SkippableFact]
    public async Task BrokenThirdStep_LeavesTheDatabaseAsBefore_AndNamesStepAndItem()
    {
        await using var site = await TestSite.CreateAsync(NewDatabase(), setUp: true);
        ExpectRecipeFailure(site);
        var before = await DatabaseSnapshot.TakeAsync(site);

        var error = await Assert.ThrowsAsync<RecipeExecutionException>(() => ApplyAsync(site, """
            { "name": "broken", "steps": [
              { "name": "Settings", "SiteName": "Tên mới không được lưu" },
              { "name": "Content", "data": [ { "ContentItemId": "newpage0000000000000000001", "ContentType": "Page",
                  "DisplayText": "Trang mới", "Published": true, "Latest": true, "TitlePart": { "Title": "Trang mới" } } ] },
              { "name": "content", "data": [ { "ContentItemId": "baddate0000000000000000001", "ContentType": "Page", "DisplayText": "Tập 1", "PublishedUtc": "hôm qua" } ] }
            ] }
            """));

        Assert.Equal(3, error.StepIndex);
        Assert.Equal("content", error.StepName);
        Assert.Contains("baddate0000000000000000001", error.Item);
        Assert.Contains("Bước 3 (content)", error.Message);
        Assert.Contains("'hôm qua'", error.Message);
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(site));
    }

    [SkippableFact]
    public async Task UnknownStep_IsNamed_AndNothingRuns()
    {
        await using var site = await TestSite.CreateAsync(NewDatabase());
        var before = await DatabaseSnapshot.TakeAsync(site);

        // Refused by the validation, before any step runs.
        var error = await Assert.ThrowsAsync<RecipeValidationException>(() => ApplyAsync(site, """
            { "steps": [ { "name": "Settings", "SiteName": "Không lưu" }, { "name": "layers", "Layers": [] } ] }
            """));

        var issue = Assert.Single(error.Issues);
        Assert.Equal(2, issue.StepIndex);
        Assert.Contains("'layers'", issue.Message);
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(site));
    }

    [SkippableFact]
    public async Task UnknownStep_IsSkippedWhenTheOperatorAsks()
    {
        await using var site = await TestSite.CreateAsync(NewDatabase());

        var result = await ApplyAsync(site, """{ "steps": [ { "name": "feature", "enable": [] }, { "name": "settings", "SiteName": "Đã lưu" } ] }""",
            new RecipeOptions { SkipUnknownSteps = true });

        Assert.True(result.Steps[0].Skipped);
        Assert.Equal("Đã lưu", (await site.InScopeAsync(sp => sp.GetRequiredService<SiteService>().GetAsync())).SiteName);
    }

    [SkippableFact]
    public async Task BadSettingsValue_NamesTheKey()
    {
        await using var site = await TestSite.CreateAsync(NewDatabase());
        ExpectRecipeFailure(site);

        var error = await Assert.ThrowsAsync<RecipeExecutionException>(() => ApplyAsync(site, """{ "steps": [ { "name": "Settings", "TimeZoneId": "Sao Hỏa/Trạm 1" } ] }"""));

        Assert.Equal("TimeZoneId", error.Item);
        Assert.Contains("Sao Hỏa/Trạm 1", error.Message);
    }

    [SkippableFact]
    public async Task VietnameseText_RoundTripsUnchanged_AndDecomposedTextIsComposed()
    {
        await using var site = await TestSite.CreateAsync(NewDatabase());
        const string title = "Liên hiệp Hội Đồng Nai: “Khoa học – Kỹ thuật” và đổi mới sáng tạo";
        const string body = "<p>Ứng dụng khoa học kỹ thuật vào đời sống; đặc biệt: ỹ, ẵ, ộ, ừ, Ữ.</p>";
        var json = $$"""
            { "steps": [ { "name": "ContentDefinition", "ContentTypes": [ { "Name": "Page", "DisplayName": "Trang" } ] },
              { "name": "Content", "data": [ { "ContentItemId": "vietnamese0000000000000001", "ContentItemVersionId": "vietnamese0000000000000002",
                "ContentType": "Page", "DisplayText": "{{title.Normalize(NormalizationForm.FormD)}}", "Published": true, "Latest": true,
                "TitlePart": { "Title": "{{title.Normalize(NormalizationForm.FormD)}}" }, "AutoroutePart": { "Path": "tieng-viet" },
                "HtmlBodyPart": { "Html": "{{body}}" } } ] } ] }
            """;

        await ApplyAsync(site, json);

        var stored = await site.InScopeAsync(sp => sp.GetRequiredService<ContentManager>().GetAsync("vietnamese0000000000000001"));
        Assert.Equal(title, stored!.DisplayText);
        Assert.Equal(title, stored.As<TitlePart>()!.Title);
        Assert.Equal(body, stored.As<HtmlBodyPart>()!.Html);
        Assert.Equal("Trang", (await site.InScopeAsync(sp => sp.GetRequiredService<UstaOrchard.Core.Definitions.ContentDefinitionManager>().GetTypeAsync("Page")))!.DisplayName);
    }

    [SkippableFact]
    public async Task ContentDefinition_MergesSettings_AndReadsLegacyFlatStrings()
    {
        await using var site = await TestSite.CreateAsync(NewDatabase());

        await ApplyAsync(site, """
            { "steps": [ { "name": "ContentDefinition",
              "ContentTypes": [ { "Name": "Article", "Settings": { "Creatable": "False", "Stereotype": "News" },
                "ContentTypePartDefinitionRecords": [ { "PartName": "Article", "Name": "Article", "Settings": { "Position": "9" } } ] } ],
              "ContentParts": [ { "Name": "Article", "ContentPartFieldDefinitionRecords": [
                { "FieldName": "TextField", "Name": "Subtitle", "Settings": { "DisplayName": "Tiêu đề phụ", "Position": "6" } } ] } ] } ] }
            """);

        var definitions = site.Services.CreateScope().ServiceProvider.GetRequiredService<UstaOrchard.Core.Definitions.ContentDefinitionManager>();
        var type = (await definitions.GetTypeAsync("Article"))!;
        Assert.False(type.TypeSettings.Creatable);
        Assert.True(type.TypeSettings.Listable);
        Assert.Equal("News", type.TypeSettings.Stereotype);
        Assert.Equal(4, type.ContentTypePartDefinitionRecords.Count);
        Assert.Equal("9", type.Part("Article")!.Settings["ContentTypePartSettings"]!["Position"]!.GetValue<string>());
        var part = (await definitions.GetPartAsync("Article"))!;
        Assert.Contains(part.ContentPartFieldDefinitionRecords, f => f.Name == "Subtitle");
        Assert.Contains(part.ContentPartFieldDefinitionRecords, f => f.Name == "Lead");
    }
}

public sealed class SqliteRecipeExecutionTests : RecipeExecutionTests
{
    protected override TestDatabase NewDatabase() => TestDatabase.Sqlite();
}

public sealed class PostgresRecipeExecutionTests : RecipeExecutionTests
{
    protected override TestDatabase NewDatabase() => TestDatabase.Postgres();
}
