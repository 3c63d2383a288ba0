using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Usta.Contents;
using Usta.Contents.Listing;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Contents.Admin;

public sealed class RecycleBinPageTests(EditorSiteFixture site) : IClassFixture<EditorSiteFixture>
{
    private UstaAppFactory Factory => site.Factory;

    private Task<ContentListIndex?> ListRowAsync(string id)
        => Factory.InScopeAsync(sp => sp.GetRequiredService<UstaDbContext>().Set<ContentListIndex>().AsNoTracking().FirstOrDefaultAsync(x => x.ContentItemId == id));

    private async Task<string> DeletedByAnEditorAsync(string title)
    {
        var item = await Factory.CreateAsync(title, "someone", publish: true);
        var editor = await Factory.SignedInAsync("Editor");
        var page = await editor.GetDocumentAsync("/Admin/Contents/Edit/" + item.ContentItemId);
        var response = await editor.SubmitAsync(page, "workflow-delete", new Dictionary<string, string>(), "/Admin/Contents/Edit/" + item.ContentItemId);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return item.ContentItemId;
    }

    [Fact]
    public async Task DeletedItem_IsInTheBin_AndRestoredAsADraft()
    {
        var tag = ContentSeed.Tag();
        var id = await DeletedByAnEditorAsync("Vào thùng rác " + tag);
        Assert.NotNull((await ListRowAsync(id))!.RemovedUtc);
        var admin = await Factory.SignedInAsync("Administrator");

        var bin = await admin.GetDocumentAsync("/Admin/Contents/RecycleBin");
        Assert.Contains("Vào thùng rác " + tag, bin.Texts("[data-test=removed-row] [data-test=title]"));
        var response = await admin.SubmitAsync(bin, "restore-" + id, new Dictionary<string, string>(), "/Admin/Contents/RecycleBin");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var latest = await Factory.WithAsync(c => c.GetAsync(id, VersionOptions.Latest));
        Assert.NotNull(latest);
        Assert.False(latest.Published);
        var row = (await ListRowAsync(id))!;
        Assert.Null(row.RemovedUtc);
        Assert.True(row.HasDraft);
        Assert.Equal(["Vào thùng rác " + tag], await admin.ListedAsync($"q={tag}&status=draft"));
    }

    [Fact]
    public async Task Purge_AsksForConfirmation_ThenDeletesEveryRow()
    {
        var tag = ContentSeed.Tag();
        var id = await DeletedByAnEditorAsync("Xóa hẳn " + tag);
        var admin = await Factory.SignedInAsync("Administrator");

        var confirm = await admin.GetDocumentAsync("/Admin/Contents/RecycleBin?purge=" + id);
        Assert.Contains("Xóa hẳn " + tag, confirm.Text("#purge-question"));
        Assert.NotNull(await Factory.WithAsync(c => c.GetVersionsAsync(id)).ContinueWith(t => t.Result.FirstOrDefault()));
        var response = await admin.SubmitAsync(confirm, "purge-confirm", new Dictionary<string, string>(), "/Admin/Contents/RecycleBin");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Empty(await Factory.WithAsync(c => c.GetVersionsAsync(id)));
        Assert.Null(await ListRowAsync(id));
        var paths = await Factory.InScopeAsync(sp => sp.GetRequiredService<UstaDbContext>().Set<AutorouteIndex>().CountAsync(x => x.ContentItemId == id));
        Assert.Equal(0, paths);
    }

    [Fact]
    public async Task Editor_CannotOpenTheBinNorPurge()
    {
        var id = await DeletedByAnEditorAsync("Không được xóa hẳn " + ContentSeed.Tag());
        var editor = await Factory.SignedInAsync("Editor");
        var list = await editor.GetDocumentAsync("/Admin/Contents");
        var token = Browser.FormValues(list, "content-list", new Dictionary<string, string>()).Where(v => v.Key == "__RequestVerificationToken").ToList();
        token.Add(new("id", id));

        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/Admin/Contents/RecycleBin")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PostAsync("/Admin/Contents/RecycleBin?handler=Purge", new FormUrlEncodedContent(token))).StatusCode);
        Assert.NotEmpty(await Factory.WithAsync(c => c.GetVersionsAsync(id)));
    }
}
