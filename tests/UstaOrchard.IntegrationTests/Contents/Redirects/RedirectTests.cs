using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Usta.Contents;
using Usta.Contents.Redirects;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Contents.Redirects;

/// <summary>A changed path keeps the old URL working: chains collapse, a new owner wins, removal ends them.</summary>
public abstract class RedirectTests
{
    protected abstract TestDatabase NewDatabase();

    private static async Task<string> PageAsync(IServiceProvider sp, string title, string path)
    {
        var contents = sp.GetRequiredService<ContentManager>();
        var page = contents.New(ContentTypes.Page);
        page.Apply(new TitlePart { Title = title });
        page.Apply(new AutoroutePart { Path = path });
        page.Apply(new HtmlBodyPart { Html = $"<p>{title}</p>" });
        return (await contents.CreateAsync(page, publish: true)).ContentItemId;
    }

    internal static async Task MoveAsync(IServiceProvider sp, string id, string path)
    {
        var contents = sp.GetRequiredService<ContentManager>();
        var item = (await contents.GetAsync(id, VersionOptions.Latest))!;
        item.Alter<AutoroutePart>(p => p.Path = path);
        var saved = await contents.SaveAndPublishAsync(item);
        Assert.Equal(path, saved.ContentItem!.As<AutoroutePart>()!.Path);
    }

    private static Task<string?> MovedAsync(IServiceProvider sp, string path) => sp.GetRequiredService<ContentRoutes>().FindMovedAsync(path, default);

    [SkippableFact]
    public async Task Chain_LeadsEveryOldPathStraightToTheCurrentOne()
    {
        await using var site = await TestSite.CreateAsync(NewDatabase());
        var id = await site.InScopeAsync(sp => PageAsync(sp, "Lịch công tác", "lich-cong-tac-a"));
        await site.InScopeAsync(sp => MoveAsync(sp, id, "lich-cong-tac-b"));
        await site.InScopeAsync(sp => MoveAsync(sp, id, "lich-cong-tac-c"));

        await site.InScopeAsync(async sp =>
        {
            Assert.Equal("/lich-cong-tac-c", await MovedAsync(sp, "lich-cong-tac-a"));
            Assert.Equal("/lich-cong-tac-c", await MovedAsync(sp, "/Lich-Cong-Tac-B/"));
            Assert.Null(await MovedAsync(sp, "lich-cong-tac-c"));
            Assert.Null(await MovedAsync(sp, "chua-tung-co"));
        });
    }

    [SkippableFact]
    public async Task NewItemAtAnOldPath_TakesIt_AndTheOldRedirectEnds()
    {
        await using var site = await TestSite.CreateAsync(NewDatabase());
        var first = await site.InScopeAsync(sp => PageAsync(sp, "Giới thiệu cũ", "gioi-thieu-cu"));
        await site.InScopeAsync(sp => MoveAsync(sp, first, "gioi-thieu-moi"));
        var second = await site.InScopeAsync(sp => PageAsync(sp, "Trang mới ở địa chỉ cũ", "gioi-thieu-cu"));

        await site.InScopeAsync(async sp =>
        {
            Assert.Equal(second, (await sp.GetRequiredService<ContentRoutes>().FindPublishedAsync("gioi-thieu-cu", default))!.ContentItemId);
            Assert.Null(await MovedAsync(sp, "gioi-thieu-cu"));
            Assert.True(await sp.GetRequiredService<ContentManager>().UnpublishAsync(second));
        });
        // Unpublished, the new owner keeps the path: it does not fall back to the first item.
        await site.InScopeAsync(async sp => Assert.Null(await MovedAsync(sp, "gioi-thieu-cu")));
    }

    [SkippableFact]
    public async Task RemovedItem_TakesItsRedirectsWithIt()
    {
        await using var site = await TestSite.CreateAsync(NewDatabase());
        var id = await site.InScopeAsync(sp => PageAsync(sp, "Thông báo tuyển dụng", "tuyen-dung-2024"));
        await site.InScopeAsync(sp => MoveAsync(sp, id, "tuyen-dung"));
        await site.InScopeAsync(async sp => Assert.Equal("/tuyen-dung", await MovedAsync(sp, "tuyen-dung-2024")));

        await site.InScopeAsync(async sp =>
        {
            Assert.True(await sp.GetRequiredService<ContentManager>().RemoveAsync(id));
            Assert.Null(await MovedAsync(sp, "tuyen-dung-2024"));
            Assert.False(await sp.GetRequiredService<UstaDbContext>().Set<AutorouteRedirect>().AnyAsync(r => r.ContentItemId == id));
        });
    }
}

public sealed class SqliteRedirectTests : RedirectTests
{
    protected override TestDatabase NewDatabase() => TestDatabase.Sqlite();
}

public sealed class PostgresRedirectTests : RedirectTests
{
    protected override TestDatabase NewDatabase() => TestDatabase.Postgres();
}
