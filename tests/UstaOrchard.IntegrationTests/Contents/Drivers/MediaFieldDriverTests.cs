using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Usta.Media.Library;
using UstaOrchard.Core.Data;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Contents.Drivers;

/// <summary>A media field on a recipe-defined type, through the library's picker inputs on the create page.</summary>
public sealed class MediaFieldDriverTests(DriverSiteFixture site) : IClassFixture<DriverSiteFixture>
{
    private const string CreateUrl = DriverSiteFixture.CreateUrl;

    private Task<MediaFileRecord> AnImageAsync() => site.Factory.InScopeAsync(sp => sp.GetRequiredService<UstaDbContext>().Set<MediaFileRecord>()
        .Where(f => f.Width != null).OrderBy(f => f.Id).FirstAsync());

    [Fact]
    public async Task ImageWithoutAltText_IsRefused_AndTheTypedPathKept()
    {
        var image = await AnImageAsync();
        var editor = await site.Factory.SignedInAsync("Editor");
        var form = await editor.GetDocumentAsync(CreateUrl);
        Assert.NotNull(form.QuerySelector("[data-test=editor-Probe_Photo] input[name='Probe.Photo.Paths[0]']"));

        var response = await editor.SubmitAsync(form, "content-editor", site.Valid(new() { ["Probe.Photo.Paths[0]"] = image.Path }), CreateUrl, button: "save-draft");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        Assert.Equal([$"Hãy nhập văn bản thay thế cho ảnh '{image.Name}' (ảnh thể hiện gì, cho người đọc không xem được ảnh)."], page.Texts("#Probe_Photo-errors li"));
        Assert.Equal(image.Path, page.QuerySelector("input[name='Probe.Photo.Paths[0]']")!.GetAttribute("value"));
    }

    [Fact]
    public async Task PathOutsideTheLibrary_IsRefused()
    {
        var editor = await site.Factory.SignedInAsync("Editor");
        var form = await editor.GetDocumentAsync(CreateUrl);

        var response = await editor.SubmitAsync(form, "content-editor", site.Valid(new() { ["Probe.Photo.Paths[0]"] = "../../etc/passwd", ["Probe.Photo.MediaTexts[0]"] = "x" }),
            CreateUrl, button: "save-draft");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["'../../etc/passwd' không phải là tệp trong thư viện media."], (await response.ReadDocumentAsync()).Texts("#Probe_Photo-errors li"));
    }

    [Fact]
    public async Task ImageWithAltAndCaption_IsStored_AndShownOnTheEditPage()
    {
        var image = await AnImageAsync();
        var editor = await site.Factory.SignedInAsync("Editor");
        var form = await editor.GetDocumentAsync(CreateUrl);

        var created = await editor.SubmitAsync(form, "content-editor", site.Valid(new()
        {
            ["Probe.Photo.Paths[0]"] = image.Path,
            ["Probe.Photo.MediaTexts[0]"] = "Hội nghị <b>tổng kết</b>",
            ["Probe.Photo.Captions[0]"] = "Ảnh: Liên hiệp Hội",
        }), CreateUrl, button: "save-draft");

        var item = (await site.LatestAsync(DriverSiteFixture.IdOf(created)))!;
        var photo = DriverSiteFixture.Field(item, "Photo")!;
        Assert.Equal(image.Path, (string?)photo["Paths"]![0]);
        Assert.Equal("Hội nghị <b>tổng kết</b>", (string?)photo["MediaTexts"]![0]);
        Assert.Equal("Ảnh: Liên hiệp Hội", (string?)photo["Captions"]![0]);
        var edit = await editor.GetDocumentAsync(created.Headers.Location!.OriginalString);
        Assert.Equal("Hội nghị <b>tổng kết</b>", edit.QuerySelector("input[name='Probe.Photo.MediaTexts[0]']")!.GetAttribute("value"));
    }
}
