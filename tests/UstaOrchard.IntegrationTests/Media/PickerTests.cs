using System.Net;
using System.Text.Json;
using UstaOrchard.Core.Contents;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Media;

/// <summary>The media field picker without JavaScript: text inputs that post a MediaField in Orchard's shape.</summary>
public class PickerTests(MediaSiteFixture site) : IClassFixture<MediaSiteFixture>
{
    private async Task<string> UploadAsync(HttpClient client, string folder, string name, byte[] content)
    {
        var response = await client.UploadAsync(folder, name, content);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("path").GetString()!;
    }

    [Fact]
    public async Task ChosenFiles_RoundTripAsAMediaField_WithTextsAndCaptions()
    {
        var client = await site.SignedInAsync("Editor");
        var folder = await client.NewFolderAsync();
        var photo = await UploadAsync(client, folder, "anh.jpg", MediaRequests.Jpeg());
        var pdf = await UploadAsync(client, folder, "ban-tin.pdf", "%PDF-1.4\n"u8.ToArray());
        var page = await client.GetDocumentAsync("/Admin/Media/Picker");
        Assert.NotNull(page.QuerySelector("[data-test=media-picker] input[name='Field.Paths[0]']"));

        var first = await client.SubmitAsync(page, "picker-form", new Dictionary<string, string>
        {
            ["Field.Paths[0]"] = photo, ["Field.MediaTexts[0]"] = "Hội nghị", ["Field.Captions[0]"] = "Ảnh: Liên hiệp hội",
        }, "/Admin/Media/Picker");
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        page = await client.GetDocumentAsync("/Admin/Media/Picker");
        // The chosen file comes back as a row, with an empty row after it to add another.
        Assert.Equal(photo, page.QuerySelector("input[name='Field.Paths[0]']")!.GetAttribute("value"));
        var second = await client.SubmitAsync(page, "picker-form", new Dictionary<string, string>
        {
            ["Field.Paths[1]"] = "/media/" + pdf, ["Field.MediaTexts[1]"] = "", ["Field.Captions[1]"] = "",
        }, "/Admin/Media/Picker");
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);

        var json = (await client.GetDocumentAsync("/Admin/Media/Picker")).Text("[data-test=field-json]");
        var field = JsonSerializer.Deserialize<MediaField>(json, ContentJson.Options)!;
        Assert.Equal([photo, pdf], field.Paths);
        Assert.Equal(["Hội nghị", ""], field.MediaTexts);
        Assert.Equal(["Ảnh: Liên hiệp hội", ""], field.Captions);
    }

    [Fact]
    public async Task AnImageWithoutAlternativeText_IsRefused()
    {
        var client = await site.SignedInAsync("Editor");
        var folder = await client.NewFolderAsync();
        var photo = await UploadAsync(client, folder, "khong-mo-ta.jpg", MediaRequests.Jpeg());
        var page = await client.GetDocumentAsync("/Admin/Media/Picker");

        var response = await client.SubmitAsync(page, "picker-form", new Dictionary<string, string>
        {
            ["Field.Paths[0]"] = photo, ["Field.MediaTexts[0]"] = "  ",
        }, "/Admin/Media/Picker");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shown = await response.ReadDocumentAsync();
        Assert.Equal("Hãy nhập văn bản thay thế cho ảnh 'khong-mo-ta.jpg' (ảnh thể hiện gì, cho người đọc không xem được ảnh).", shown.Text("[data-test=errors] li"));
        Assert.Equal(photo, shown.QuerySelector("input[name='Field.Paths[0]']")!.GetAttribute("value"));
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("khong-co.jpg")]
    public async Task APathOutsideTheLibrary_IsRefused(string path)
    {
        var client = await site.SignedInAsync("Editor");
        var page = await client.GetDocumentAsync("/Admin/Media/Picker");

        var response = await client.SubmitAsync(page, "picker-form", new Dictionary<string, string>
        {
            ["Field.Paths[0]"] = path, ["Field.MediaTexts[0]"] = "x",
        }, "/Admin/Media/Picker");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"'{path}' không phải là tệp trong thư viện media.", (await response.ReadDocumentAsync()).Text("[data-test=errors] li"));
    }
}
