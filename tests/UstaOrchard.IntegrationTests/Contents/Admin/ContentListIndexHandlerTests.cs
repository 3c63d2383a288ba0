using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Usta.Contents.Listing;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Contents.Admin;

/// <summary>An index rebuild calls ChangedAsync for items whose row does not exist yet.</summary>
public sealed class ContentListIndexHandlerTests(EditorSiteFixture site) : IClassFixture<EditorSiteFixture>
{
    private UstaAppFactory Factory => site.Factory;

    private Task<ContentListIndex?> RebuiltRowAsync(string id) => Factory.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<UstaDbContext>();
        await db.Set<ContentListIndex>().Where(x => x.ContentItemId == id).ExecuteDeleteAsync();
        var newest = await db.ContentItems.AsNoTracking().Where(x => x.ContentItemId == id).OrderByDescending(x => x.Id).FirstAsync();
        var context = new ContentContext(newest, CancellationToken.None)
        {
            LoadVersions = async ct => await db.ContentItems.AsNoTracking().Where(x => x.ContentItemId == id && (x.Latest || x.Published)).ToListAsync(ct),
        };
        var handler = sp.GetServices<IContentHandler>().OfType<ContentListIndexHandler>().Single();
        await handler.ChangedAsync(context);
        await db.SaveChangesAsync();
        return await db.Set<ContentListIndex>().AsNoTracking().FirstOrDefaultAsync(x => x.ContentItemId == id);
    });

    [Fact]
    public async Task Rebuild_OfAPublishedItemWithANewerDraft_WritesTheRow()
    {
        var tag = ContentSeed.Tag();
        var item = await Factory.CreateAsync("Đồng Nai " + tag, "someone", publish: true);
        var draft = await Factory.SaveDraftAsync(item.ContentItemId, "Đồng Nai mới " + tag);

        var row = await RebuiltRowAsync(item.ContentItemId);

        Assert.NotNull(row);
        Assert.Equal("dong nai moi " + tag, row.FoldedTitle);
        Assert.True(row.HasPublished);
        Assert.True(row.HasDraft);
        Assert.Equal(draft.ContentItemVersionId, row.LatestVersionId);
        Assert.Null(row.RemovedUtc);
    }

    [Fact]
    public async Task Rebuild_OfARemovedItem_WritesItAsInTheBin()
    {
        var item = await Factory.CreateAsync("Đã xóa " + ContentSeed.Tag(), "someone", publish: true);
        await Factory.WithAsync(c => c.RemoveAsync(item.ContentItemId));

        var row = await RebuiltRowAsync(item.ContentItemId);

        Assert.NotNull(row);
        Assert.NotNull(row.RemovedUtc);
        Assert.False(row.HasPublished);
        Assert.Equal(item.DisplayText, row.DisplayText);
    }
}
