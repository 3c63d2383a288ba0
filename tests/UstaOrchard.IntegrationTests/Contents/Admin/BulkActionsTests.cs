using System.Net;
using UstaOrchard.Core.Contents;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Contents.Admin;

public sealed class BulkActionsTests(EditorSiteFixture site) : IClassFixture<EditorSiteFixture>
{
    private UstaAppFactory Factory => site.Factory;

    private static async Task<HttpResponseMessage> BulkAsync(HttpClient client, string query, string action, params string[] ids)
    {
        var page = await client.GetDocumentAsync("/Admin/Contents?" + query);
        var values = Browser.FormValues(page, "content-list", new Dictionary<string, string> { ["action"] = action })
            .Where(v => v.Key != "selected").ToList();
        values.AddRange(ids.Select(id => new KeyValuePair<string, string>("selected", id)));
        return await client.PostAsync(Browser.FormAction(page, "content-list", "/Admin/Contents?" + query), new FormUrlEncodedContent(values));
    }

    [Fact]
    public async Task EditorPublishesSelected_SummarySaysHowMany()
    {
        var tag = ContentSeed.Tag();
        var a = await Factory.CreateAsync($"{tag} một", "someone");
        var b = await Factory.CreateAsync($"{tag} hai", "someone");
        var c = await Factory.CreateAsync($"{tag} ba", "someone");
        var editor = await Factory.SignedInAsync("Editor");

        var response = await BulkAsync(editor, $"q={tag}", "publish", a.ContentItemId, b.ContentItemId);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Admin/Contents?q={tag}", response.Headers.Location!.OriginalString);
        var after = await editor.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Equal("2 mục đã xuất bản.", after.Text("[data-test=status]"));
        Assert.NotNull(await Factory.WithAsync(m => m.GetAsync(a.ContentItemId)));
        Assert.NotNull(await Factory.WithAsync(m => m.GetAsync(b.ContentItemId)));
        Assert.Null(await Factory.WithAsync(m => m.GetAsync(c.ContentItemId)));
    }

    [Fact]
    public async Task AuthorBulkDeletes_OwnItemGoes_AnothersIsRefused()
    {
        var tag = ContentSeed.Tag();
        var author = await Factory.SignedInAsync("Author", "author-" + tag);
        var own = await Factory.CreateAsync($"{tag} của tôi", "author-" + tag);
        var others = await Factory.CreateAsync($"{tag} của người khác", "other-" + tag);

        var response = await BulkAsync(author, $"q={tag}", "delete", own.ContentItemId, others.ContentItemId);

        var after = await author.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Equal("1 mục đã chuyển vào thùng rác, 1 mục bị từ chối (không có quyền).", after.Text("[data-test=status]"));
        Assert.Null(await Factory.WithAsync(m => m.GetAsync(own.ContentItemId, VersionOptions.Latest)));
        Assert.NotNull(await Factory.WithAsync(m => m.GetAsync(others.ContentItemId, VersionOptions.Latest)));
    }

    [Fact]
    public async Task AuthorBulkPublishes_EveryItemIsRefused()
    {
        var tag = ContentSeed.Tag();
        var author = await Factory.SignedInAsync("Author", "author-" + tag);
        var own = await Factory.CreateAsync($"{tag} của tôi", "author-" + tag);

        var response = await BulkAsync(author, $"q={tag}", "publish", own.ContentItemId);

        var after = await author.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Equal("0 mục đã xuất bản, 1 mục bị từ chối (không có quyền).", after.Text("[data-test=status]"));
        Assert.Null(await Factory.WithAsync(m => m.GetAsync(own.ContentItemId)));
    }
}
