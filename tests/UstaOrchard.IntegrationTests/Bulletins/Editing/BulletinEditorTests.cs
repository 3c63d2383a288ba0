using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Usta.Bulletins;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Bulletins.Editing;

/// <summary>A seeded bulletin through the admin's edit page: its part editor round-trips, and refuses a bad number.</summary>
public sealed class BulletinEditorTests(EditorSiteFixture site) : IClassFixture<EditorSiteFixture>
{
    private Task<string> ABulletinAsync() => site.Factory.InScopeAsync(sp => sp.GetRequiredService<UstaDbContext>().Set<BulletinIndex>()
        .Where(b => b.Latest).OrderBy(b => b.Id).Select(b => b.ContentItemId).FirstAsync());

    [Fact]
    public async Task SeededBulletin_SavedUntouched_KeepsEveryValue()
    {
        var id = await ABulletinAsync();
        var before = await site.Factory.InScopeAsync(sp => sp.GetRequiredService<ContentManager>().GetAsync(id, VersionOptions.Latest));
        var editor = await site.Factory.SignedInAsync("Editor");
        var edit = "/Admin/Contents/Edit/" + id;
        var form = await editor.GetDocumentAsync(edit);
        var part = before!.As<BulletinPart>()!;
        Assert.Equal(part.Number.ToString(), form.GetElementById("BulletinPart_Number")!.GetAttribute("value"));
        Assert.Equal(part.Articles.ContentItemIds.Count, form.QuerySelectorAll("[data-test=picked-BulletinPart_Articles] li").Length);

        var saved = await editor.SubmitAsync(form, "content-editor", new Dictionary<string, string>(), edit, button: "save-draft");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = await site.Factory.InScopeAsync(sp => sp.GetRequiredService<ContentManager>().GetAsync(id, VersionOptions.Latest));
        var stored = after!.As<BulletinPart>()!;
        Assert.Equal((part.Number, part.Year, part.IssueDate, part.Summary), (stored.Number, stored.Year, stored.IssueDate, stored.Summary));
        Assert.Equal(part.Articles.ContentItemIds, stored.Articles.ContentItemIds);
        // The media lists are aligned on save (an absent caption becomes ""), which reads the same.
        foreach (var (was, now) in new[] { (part.Cover, stored.Cover), (part.Pdf, stored.Pdf) })
        {
            Assert.Equal(was.Paths, now.Paths);
            Assert.Equal(was.MediaTexts, now.MediaTexts);
            Assert.Equal(was.FirstCaption, now.FirstCaption);
        }
        Assert.NotEmpty(stored.Cover.Paths);
    }

    [Theory]
    [InlineData("BulletinPart.Number", "số 5", "Số bản tin phải là số nguyên từ 1 đến 100000.")]
    [InlineData("BulletinPart.Year", "21", "Năm phải là một năm từ 1900 đến 2100.")]
    public async Task BadNumberOrYear_IsRefusedBesideTheField(string name, string typed, string message)
    {
        var id = await ABulletinAsync();
        var editor = await site.Factory.SignedInAsync("Editor");
        var edit = "/Admin/Contents/Edit/" + id;
        var form = await editor.GetDocumentAsync(edit);

        var response = await editor.SubmitAsync(form, "content-editor", new Dictionary<string, string> { [name] = typed }, edit, button: "save-draft");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        Assert.Equal([message], page.Texts("[data-test=bulletin-errors] li"));
        Assert.Equal(typed, page.QuerySelector($"input[name='{name}']")!.GetAttribute("value"));
    }
}
