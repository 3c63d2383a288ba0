using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Usta.Contents;
using Usta.Search.Indexing;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Recipes;
using UstaOrchard.IntegrationTests.Infrastructure;
using Xunit;
using static UstaOrchard.IntegrationTests.Search.SearchSyncProbe;

namespace UstaOrchard.IntegrationTests.Search;

/// <summary>One node on SQLite: every change an editor saves reaches this node's index through a task and the worker.</summary>
public sealed class SearchSyncTests(EditorSiteFixture site) : IClassFixture<EditorSiteFixture>
{
    private IServiceProvider Services => site.Factory.Services;

    [Fact]
    public async Task PublishedPage_IsFound_AndADraftIsNot()
    {
        var word = NewWord();
        var published = await NewPageAsync(Services, $"Trang đã đăng {word}");
        var draft = await NewPageAsync(Services, $"Bản nháp {word}", publish: false);

        await site.Factory.WaitForSearchIndexAsync();

        Assert.Equal([published], Find(Services, word));
        Assert.DoesNotContain(draft, Find(Services, word)!);
    }

    [Fact]
    public async Task UnpublishedPage_IsGone()
    {
        var word = NewWord();
        var id = await NewPageAsync(Services, $"Trang sẽ gỡ {word}");
        await site.Factory.WaitForSearchIndexAsync();
        Assert.Equal([id], Find(Services, word));

        await InScopeAsync(Services, sp => sp.GetRequiredService<ContentManager>().UnpublishAsync(id));
        await site.Factory.WaitForSearchIndexAsync();

        Assert.Empty(Find(Services, word)!);
    }

    [Fact]
    public async Task RemovedPage_IsGone_WithADeleteTask()
    {
        var word = NewWord();
        var id = await NewPageAsync(Services, $"Trang sẽ xóa {word}");
        await site.Factory.WaitForSearchIndexAsync();
        Assert.Equal([id], Find(Services, word));

        await InScopeAsync(Services, sp => sp.GetRequiredService<ContentManager>().RemoveAsync(id));
        await site.Factory.WaitForSearchIndexAsync();

        Assert.Empty(Find(Services, word)!);
        var kinds = await InScopeAsync(Services, sp => sp.GetRequiredService<UstaDbContext>().Set<SearchIndexingTask>()
            .Where(t => t.ContentItemId == id).OrderBy(t => t.Id).Select(t => t.Kind).ToListAsync());
        Assert.Equal(SearchTaskKind.Delete, kinds[^1]);
    }

    [Fact]
    public async Task ChangedTitle_NewTitleIsFound_OldIsNot()
    {
        var (before, after) = (NewWord(), NewWord());
        var id = await NewPageAsync(Services, $"Tiêu đề cũ {before}");
        await site.Factory.WaitForSearchIndexAsync();
        Assert.Equal([id], Find(Services, before));

        await InScopeAsync(Services, async sp =>
        {
            var contents = sp.GetRequiredService<ContentManager>();
            var latest = (await contents.GetAsync(id, VersionOptions.Latest))!;
            latest.Apply(new TitlePart { Title = $"Tiêu đề mới {after}" });
            latest.Apply(new HtmlBodyPart { Html = "<p>Nội dung đã sửa</p>" });
            return (await contents.SaveAndPublishAsync(latest)).Status;
        });
        await site.Factory.WaitForSearchIndexAsync();

        Assert.Equal([id], Find(Services, after));
        Assert.Empty(Find(Services, before)!);
    }

    [Fact]
    public async Task RecipeFailingAfterItsContentStep_LeavesNoTask_AndNothingIndexed()
    {
        site.Factory.Logs.Expect(e => e.Category.EndsWith(nameof(RecipeExecutor), StringComparison.Ordinal));
        var word = NewWord();
        var id = EditorSiteFixture.NewId();

        await Assert.ThrowsAsync<RecipeExecutionException>(() => site.ApplyAsync($$"""
            { "name": "broken", "steps": [
              { "name": "Content", "data": [ { "ContentItemId": "{{id}}", "ContentType": "Page",
                  "DisplayText": "Trang {{word}}", "Published": true, "Latest": true, "TitlePart": { "Title": "Trang {{word}}" } } ] },
              { "name": "content", "data": [ { "ContentItemId": "{{EditorSiteFixture.NewId()}}", "ContentType": "Page", "DisplayText": "Tập 1", "PublishedUtc": "hôm qua" } ] }
            ] }
            """));
        await site.Factory.WaitForSearchIndexAsync();

        Assert.Equal(0, await TasksOfAsync(Services, id));
        Assert.Empty(Find(Services, word)!);
    }

    [Fact]
    public async Task SaveRolledBackByItsCaller_LeavesNoTask_AndNothingIndexed()
    {
        var word = NewWord();
        var id = await InScopeAsync(Services, async sp =>
        {
            var db = sp.GetRequiredService<UstaDbContext>();
            var contents = sp.GetRequiredService<ContentManager>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            var page = contents.New(ContentTypes.Page);
            page.Apply(new TitlePart { Title = $"Không được lưu {word}" });
            var created = await contents.CreateAsync(page, publish: true);
            await transaction.RollbackAsync();
            return created.ContentItemId;
        });
        await site.Factory.WaitForSearchIndexAsync();

        Assert.Equal(0, await TasksOfAsync(Services, id));
        Assert.Empty(Find(Services, word)!);
    }

    [Fact]
    public async Task Publish_IsSearchableWithinTwoSeconds_WithoutARebuild()
    {
        await site.Factory.WaitForSearchIndexAsync();
        var generation = Services.GetRequiredService<SearchIndexStore>().StateOf(SearchIndexDefinition.DefaultName)!.Generation;
        var word = NewWord();
        var watch = Stopwatch.StartNew();
        var id = await NewPageAsync(Services, $"Tin nhanh {word}");

        while (Find(Services, word) is not [var found] || found != id)
        {
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"Not searchable after {watch.ElapsedMilliseconds} ms");
            await Task.Delay(20);
        }
        Assert.Equal(generation, Services.GetRequiredService<SearchIndexStore>().StateOf(SearchIndexDefinition.DefaultName)!.Generation);
    }
}
