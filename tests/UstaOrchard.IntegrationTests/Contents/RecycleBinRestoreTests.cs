using Microsoft.Extensions.DependencyInjection;
using Usta.Contents;
using UstaOrchard.Core.Contents;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Contents;

/// <summary>An item restored from the recycle bin goes through a save's handlers and rules.</summary>
public sealed class RecycleBinRestoreTests
{
    private static ContentItem Page(ContentManager contents, string title, string html)
        => contents.New(ContentTypes.Page).Apply(new TitlePart { Title = title }).Apply(new AutoroutePart()).Apply(new HtmlBodyPart { Html = html });

    [Fact]
    public async Task PathTakenWhileInTheBin_RestoredItemGetsAnotherPath_AndHtmlIsCleanedAgain()
    {
        await using var site = await TestSite.CreateAsync(TestDatabase.Sqlite());
        await site.InScopeAsync(async sp =>
        {
            var contents = sp.GetRequiredService<ContentManager>();
            var first = await contents.CreateAsync(Page(contents, "Giới thiệu hội", "<p>Bản cũ</p>"), publish: true);
            Assert.Equal("gioi-thieu-hoi", first.As<AutoroutePart>()!.Path);
            Assert.True(await contents.RemoveAsync(first.ContentItemId));
            var second = await contents.CreateAsync(Page(contents, "Giới thiệu hội", "<p>Bản mới</p>"), publish: true);
            Assert.Equal("gioi-thieu-hoi", second.As<AutoroutePart>()!.Path);

            var restored = await contents.RestoreAsync(first.ContentItemId);

            Assert.True(restored.Succeeded);
            var latest = (await contents.GetAsync(first.ContentItemId, VersionOptions.Latest))!;
            Assert.Equal("gioi-thieu-hoi-2", latest.As<AutoroutePart>()!.Path);
            Assert.False(latest.Published);
            Assert.Equal("gioi-thieu-hoi", (await contents.GetAsync(second.ContentItemId))!.As<AutoroutePart>()!.Path);
            Assert.False((await contents.RestoreAsync(first.ContentItemId)).Succeeded);
        });
    }
}
