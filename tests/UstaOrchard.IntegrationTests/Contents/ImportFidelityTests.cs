using Microsoft.Extensions.DependencyInjection;
using Usta.Contents;
using UstaOrchard.Core.Contents;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Contents;

/// <summary>What a recipe says about an item's versions is what the store holds after it, in whatever order they come.</summary>
public sealed class ImportFidelityTests
{
    private const string ItemId = "fidelityitem0000000000001";

    private static ContentItem Version(string versionId, string title, DateTime modified, bool published) => new ContentItem
    {
        ContentItemId = ItemId,
        ContentItemVersionId = versionId,
        ContentType = ContentTypes.Page,
        DisplayText = title,
        ModifiedUtc = modified,
        Published = published,
        Latest = true,
    }.Apply(new TitlePart { Title = title }).Apply(new AutoroutePart { Path = "trung-thuc" });

    private static readonly ContentItem Older = Version("fidelityversion0000000001", "Bản công bố", new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc), published: true);
    private static readonly ContentItem Newer = Version("fidelityversion0000000002", "Bản nháp mới", new DateTime(2024, 2, 1, 0, 0, 0, DateTimeKind.Utc), published: false);

    private static Task<IReadOnlyList<ContentItem>> VersionsAsync(TestSite site)
        => site.InScopeAsync(sp => sp.GetRequiredService<ContentManager>().GetVersionsAsync(ItemId));

    [Fact]
    public async Task RecipeReapplied_AfterAnEditorUnpublished_PublishesAgain_AndSaysUpdated()
    {
        await using var site = await TestSite.CreateAsync(TestDatabase.Sqlite());
        await site.InScopeAsync(async sp =>
        {
            var contents = sp.GetRequiredService<ContentManager>();
            Assert.Equal(ContentImportStatus.Created, await contents.ImportAsync(Older.Clone()));
            Assert.True(await contents.UnpublishAsync(ItemId));

            Assert.Equal(ContentImportStatus.Updated, await contents.ImportAsync(Older.Clone()));
            Assert.Equal(ContentImportStatus.Unchanged, await contents.ImportAsync(Older.Clone()));
            Assert.Equal("Bản công bố", (await contents.GetAsync(ItemId))?.DisplayText);
        });
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public async Task TwoVersionsOfOneItem_LatestIsTheNewest_PublishedIsTheMarkedOne(bool newestFirst, bool twoRecipes)
    {
        await using var site = await TestSite.CreateAsync(TestDatabase.Sqlite());
        var order = newestFirst ? new[] { Newer, Older } : [Older, Newer];
        if (twoRecipes)
        {
            foreach (var version in order)
                await site.InScopeAsync(sp => sp.GetRequiredService<ContentManager>().ImportAsync(version.Clone()));
        }
        else
        {
            // One recipe: both versions in one transaction, as the recipe executor runs its steps.
            await site.InScopeAsync(async sp =>
            {
                var db = sp.GetRequiredService<UstaOrchard.Core.Data.UstaDbContext>();
                await using var transaction = await db.Database.BeginTransactionAsync();
                foreach (var version in order) await sp.GetRequiredService<ContentManager>().ImportAsync(version.Clone());
                await transaction.CommitAsync();
            });
        }

        var versions = await VersionsAsync(site);
        Assert.Equal(2, versions.Count);
        Assert.Equal(Newer.ContentItemVersionId, Assert.Single(versions, v => v.Latest).ContentItemVersionId);
        Assert.Equal(Older.ContentItemVersionId, Assert.Single(versions, v => v.Published).ContentItemVersionId);
    }

    [Fact]
    public async Task SecondRecipePublishingTheNewerVersion_MovesPublishedToIt()
    {
        await using var site = await TestSite.CreateAsync(TestDatabase.Sqlite());
        await site.InScopeAsync(sp => sp.GetRequiredService<ContentManager>().ImportAsync(Older.Clone()));
        var newerPublished = Newer.Clone();
        newerPublished.Published = true;

        await site.InScopeAsync(sp => sp.GetRequiredService<ContentManager>().ImportAsync(newerPublished));

        var versions = await VersionsAsync(site);
        var only = Assert.Single(versions, v => v.Latest || v.Published);
        Assert.True(only.Latest && only.Published);
        Assert.Equal(Newer.ContentItemVersionId, only.ContentItemVersionId);
    }
}
