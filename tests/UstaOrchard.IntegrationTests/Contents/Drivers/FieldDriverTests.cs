using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UstaOrchard.Core.Data;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Contents.Drivers;

/// <summary>Every field type binds, validates and round-trips through the real create and edit pages.</summary>
public sealed class FieldDriverTests(DriverSiteFixture site) : IClassFixture<DriverSiteFixture>
{
    private const string CreateUrl = DriverSiteFixture.CreateUrl;

    [Fact]
    public async Task EveryField_IsStoredAsTyped_AndShownAgainInTheEditor()
    {
        var editor = await site.Factory.SignedInAsync("Editor");
        var pageTitle = "Trang liên quan " + Guid.NewGuid().ToString("N")[..6];
        var pageId = await site.PublishAsync("Page", pageTitle);
        var form = await editor.GetDocumentAsync(CreateUrl);

        var created = await editor.SubmitAsync(form, "content-editor", site.Valid(new()
        {
            ["Probe.Name.Text"] = "Đồng Nai".Normalize(NormalizationForm.FormD),
            ["Probe.Flag.Value"] = "true",
            ["Probe.Amount.Value"] = "12,5",
            ["Probe.Day.Value"] = "08-03-2025",
            ["Probe.Moment.Value"] = "2025-03-08T07:30",
            ["Probe.Site.Url"] = "https://example.org/a?b=1&c=2",
            ["Probe.Site.Text"] = "Liên hiệp Hội".Normalize(NormalizationForm.FormD),
            ["Probe.Body.Html"] = "<p>Xin chào</p>",
            ["Probe.Notes.Markdown"] = "**Đậm**",
            // Without diacritics: the title is found folded.
            ["Probe.Related.Add"] = VietnameseFold(pageTitle),
        }), CreateUrl, button: "save-draft");

        var id = DriverSiteFixture.IdOf(created);
        var item = (await site.LatestAsync(id))!;
        Assert.Equal("Đồng Nai", (string?)DriverSiteFixture.Field(item, "Name")!["Text"]);
        Assert.True(((string?)DriverSiteFixture.Field(item, "Name")!["Text"])!.IsNormalized(NormalizationForm.FormC));
        Assert.True((bool)DriverSiteFixture.Field(item, "Flag")!["Value"]!);
        Assert.Equal(12.5m, (decimal)DriverSiteFixture.Field(item, "Amount")!["Value"]!);
        Assert.Equal("2025-03-08T00:00:00", (string?)DriverSiteFixture.Field(item, "Day")!["Value"]);
        // 07:30 in Asia/Ho_Chi_Minh (UTC+7) is 00:30 UTC.
        Assert.Equal(new DateTime(2025, 3, 8, 0, 30, 0, DateTimeKind.Utc), DriverSiteFixture.Field(item, "Moment")!["Value"]!.GetValue<DateTime>().ToUniversalTime());
        Assert.Equal("https://example.org/a?b=1&c=2", (string?)DriverSiteFixture.Field(item, "Site")!["Url"]);
        Assert.Equal("Liên hiệp Hội", (string?)DriverSiteFixture.Field(item, "Site")!["Text"]);
        Assert.Equal("<p>Xin chào</p>", (string?)DriverSiteFixture.Field(item, "Body")!["Html"]);
        Assert.Equal("**Đậm**", (string?)DriverSiteFixture.Field(item, "Notes")!["Markdown"]);
        Assert.Equal(pageId, (string?)DriverSiteFixture.Field(item, "Related")!["ContentItemIds"]![0]);
        Assert.Equal(site.CategoryId, (string?)DriverSiteFixture.Field(item, "Topics")!["TermContentItemIds"]![0]);

        var edit = created.Headers.Location!.OriginalString;
        var page = await editor.GetDocumentAsync(edit);
        Assert.Equal("Đồng Nai", Value(page, "Probe_Name_Text"));
        Assert.True(((IHtmlInputElement)page.GetElementById("Probe_Flag_Value")!).IsChecked);
        Assert.Equal("12.5", Value(page, "Probe_Amount_Value"));
        Assert.Equal("2025-03-08", Value(page, "Probe_Day_Value"));
        Assert.Equal("2025-03-08T07:30", Value(page, "Probe_Moment_Value"));
        Assert.Equal("datetime-local", page.GetElementById("Probe_Moment_Value")!.GetAttribute("type"));
        Assert.True(page.GetElementById("Probe_Body_Html")!.HasAttribute("data-html-editor"));
        Assert.Equal([pageTitle], page.Texts("[data-test=picked-Probe_Related] .picked-title"));
        Assert.True(((IHtmlInputElement)page.GetElementById("Probe_Topics_" + site.CategoryId)!).IsChecked);

        // Saved again untouched, with the box unticked: an unticked box posts nothing and means false.
        ((IHtmlInputElement)page.GetElementById("Probe_Flag_Value")!).IsChecked = false;
        var saved = await editor.SubmitAsync(page, "content-editor", new Dictionary<string, string>(), edit, button: "save-draft");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var again = (await site.LatestAsync(id))!;
        Assert.False((bool)DriverSiteFixture.Field(again, "Flag")!["Value"]!);
        Assert.Equal(12.5m, (decimal)DriverSiteFixture.Field(again, "Amount")!["Value"]!);
        Assert.Equal(new DateTime(2025, 3, 8, 0, 30, 0, DateTimeKind.Utc), DriverSiteFixture.Field(again, "Moment")!["Value"]!.GetValue<DateTime>().ToUniversalTime());
        Assert.Equal(pageId, (string?)DriverSiteFixture.Field(again, "Related")!["ContentItemIds"]![0]);
    }

    [Theory]
    [InlineData("Probe.Amount.Value", "150", "Probe_Amount", "Số lượng không được lớn hơn 100.")]
    [InlineData("Probe.Amount.Value", "-1", "Probe_Amount", "Số lượng phải từ 0 trở lên.")]
    [InlineData("Probe.Amount.Value", "1,25", "Probe_Amount", "Số lượng chỉ được có tối đa 1 chữ số sau dấu phẩy.")]
    [InlineData("Probe.Amount.Value", "mười", "Probe_Amount", "Số lượng phải là một số, ví dụ 12 hoặc 12,5.")]
    [InlineData("Probe.Site.Url", "javascript:alert(1)", "Probe_Site", "Địa chỉ phải bắt đầu bằng http://, https://, mailto:, tel: hoặc / (một trang của website này).")]
    [InlineData("Probe.Site.Url", "JavaScript:alert(1)", "Probe_Site", "Địa chỉ phải bắt đầu bằng http://, https://, mailto:, tel: hoặc / (một trang của website này).")]
    [InlineData("Probe.Site.Url", "//evil.example/x", "Probe_Site", "Địa chỉ phải bắt đầu bằng http://, https://, mailto:, tel: hoặc / (một trang của website này).")]
    [InlineData("Probe.Site.Url", "data:text/html,<b>x</b>", "Probe_Site", "Địa chỉ phải bắt đầu bằng http://, https://, mailto:, tel: hoặc / (một trang của website này).")]
    [InlineData("Probe.Site.Url", "vbscript:msgbox", "Probe_Site", "Địa chỉ phải bắt đầu bằng http://, https://, mailto:, tel: hoặc / (một trang của website này).")]
    [InlineData("Probe.Day.Value", "hôm qua", "Probe_Day", "Ngày không phải là ngày: hãy viết theo dạng dd-MM-yyyy.")]
    [InlineData("Probe.Moment.Value", "31-02-2025 10:00", "Probe_Moment", "Thời điểm không phải là ngày giờ: hãy viết theo dạng dd-MM-yyyy HH:mm.")]
    public async Task InvalidValue_FormComesBackWithTheErrorBesideTheField_AndTheTypedValue(string name, string typed, string editorId, string message)
    {
        var editor = await site.Factory.SignedInAsync("Editor");
        var form = await editor.GetDocumentAsync(CreateUrl);

        var response = await editor.SubmitAsync(form, "content-editor", site.Valid(new() { [name] = typed }), CreateUrl, button: "publish");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        Assert.Equal([message], page.Texts($"#{editorId}-errors li"));
        var input = (IHtmlInputElement)page.QuerySelector($"input[name='{name}']")!;
        Assert.Equal(typed, input.Value);
        Assert.Equal("true", input.GetAttribute("aria-invalid"));
    }

    [Theory]
    [InlineData("12.5", 12.5)]
    [InlineData("1,5", 1.5)]
    [InlineData(" 99,9 ", 99.9)]
    [InlineData("0", 0)]
    [InlineData("100", 100)]
    public async Task NumberWrittenEitherWay_IsStored(string typed, double expected)
    {
        var editor = await site.Factory.SignedInAsync("Editor");
        var form = await editor.GetDocumentAsync(CreateUrl);

        var created = await editor.SubmitAsync(form, "content-editor", site.Valid(new() { ["Probe.Amount.Value"] = typed }), CreateUrl, button: "save-draft");

        var item = (await site.LatestAsync(DriverSiteFixture.IdOf(created)))!;
        Assert.Equal((decimal)expected, (decimal)DriverSiteFixture.Field(item, "Amount")!["Value"]!);
    }

    [Fact]
    public async Task DateTimeTypedAsText_IsReadInTheSiteZone()
    {
        var editor = await site.Factory.SignedInAsync("Editor");
        var form = await editor.GetDocumentAsync(CreateUrl);

        var created = await editor.SubmitAsync(form, "content-editor", site.Valid(new() { ["Probe.Moment.Value"] = "01-01-2026 06:15" }), CreateUrl, button: "save-draft");

        var item = (await site.LatestAsync(DriverSiteFixture.IdOf(created)))!;
        Assert.Equal(new DateTime(2025, 12, 31, 23, 15, 0, DateTimeKind.Utc), DriverSiteFixture.Field(item, "Moment")!["Value"]!.GetValue<DateTime>().ToUniversalTime());
    }

    [Fact]
    public async Task Taxonomy_IsRequired_AndTakesOnlyCategories()
    {
        var editor = await site.Factory.SignedInAsync("Editor");
        var form = await editor.GetDocumentAsync(CreateUrl);
        var fields = site.Valid();
        fields.Remove("Probe.Topics.TermContentItemIds");

        var missing = await editor.SubmitAsync(form, "content-editor", fields, CreateUrl, button: "save-draft");
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        Assert.Equal(["Hãy chọn chuyên mục cho Chuyên mục."], (await missing.ReadDocumentAsync()).Texts("#Probe_Topics-errors li"));

        var pageId = await site.PublishAsync("Page", "Không phải chuyên mục " + Guid.NewGuid().ToString("N")[..6]);
        var foreign = await editor.SubmitAsync(form, "content-editor", site.Valid(new() { ["Probe.Topics.TermContentItemIds"] = pageId }), CreateUrl, button: "save-draft");
        Assert.Equal(HttpStatusCode.OK, foreign.StatusCode);
        Assert.Equal(["Hãy chọn trong các chuyên mục được liệt kê."], (await foreign.ReadDocumentAsync()).Texts("#Probe_Topics-errors li"));
    }

    [Fact]
    public async Task ContentPicker_RefusesItemsOfOtherTypes_ByTitleOrByCraftedId()
    {
        var editor = await site.Factory.SignedInAsync("Editor");
        var article = await site.Factory.InScopeAsync(sp => sp.GetRequiredService<UstaDbContext>().ContentItems
            .Where(c => c.ContentType == "Article" && c.Published).Select(c => new { c.ContentItemId, c.DisplayText }).FirstAsync());
        var form = await editor.GetDocumentAsync(CreateUrl);

        var byTitle = await editor.SubmitAsync(form, "content-editor", site.Valid(new() { ["Probe.Related.Add"] = article.DisplayText }), CreateUrl, button: "save-draft");
        Assert.Equal(HttpStatusCode.OK, byTitle.StatusCode);
        var page = await byTitle.ReadDocumentAsync();
        Assert.Equal([$"Không có mục nào có tiêu đề \"{article.DisplayText}\" để chọn ở đây."], page.Texts("#Probe_Related-errors li"));
        Assert.Equal(article.DisplayText, Value(page, "Probe_Related_Add"));

        var byId = await editor.SubmitAsync(form, "content-editor", site.Valid(new() { ["Probe.Related.ContentItemIds"] = article.ContentItemId }), CreateUrl, button: "save-draft");
        Assert.Equal(HttpStatusCode.OK, byId.StatusCode);
        Assert.Equal(["Trang liên quan chỉ nhận các mục thuộc loại: Page."], (await byId.ReadDocumentAsync()).Texts("#Probe_Related-errors li"));
    }

    [Fact]
    public async Task ContentPicker_SeveralMatches_ListsThemAndAddsNothing()
    {
        var editor = await site.Factory.SignedInAsync("Editor");
        var stem = "Hội thảo " + Guid.NewGuid().ToString("N")[..6];
        await site.PublishAsync("Page", stem + " lần một");
        await site.PublishAsync("Page", stem + " lần hai");
        var form = await editor.GetDocumentAsync(CreateUrl);

        var response = await editor.SubmitAsync(form, "content-editor", site.Valid(new() { ["Probe.Related.Add"] = VietnameseFold(stem) }), CreateUrl, button: "save-draft");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var error = (await response.ReadDocumentAsync()).Text("#Probe_Related-errors li");
        Assert.StartsWith($"Có nhiều mục khớp với \"{VietnameseFold(stem)}\":", error);
        Assert.Contains(stem + " lần một", error);
        Assert.Contains(stem + " lần hai", error);
    }

    [Fact]
    public async Task PickerSearch_FindsTitlesWithoutDiacritics_OnlyOfTheAskedTypes()
    {
        var editor = await site.Factory.SignedInAsync("Editor");
        var title = "Đồng Nai tìm kiếm " + Guid.NewGuid().ToString("N")[..6];
        await site.PublishAsync("Page", title);

        var found = await editor.GetDocumentAsync("/Admin/Contents/Picker?fragment=true&types=Page&q=" + Uri.EscapeDataString(VietnameseFold(title)));
        Assert.Equal([title], found.QuerySelectorAll("[data-test=picker-results] button").Select(b => b.GetAttribute("data-title")));

        var otherType = await editor.GetDocumentAsync("/Admin/Contents/Picker?fragment=true&types=Article&q=" + Uri.EscapeDataString(VietnameseFold(title)));
        Assert.Empty(otherType.QuerySelectorAll("[data-test=picker-results] li"));

        // The live search script the picker's editor includes is served.
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/_content/Usta.Contents/picker/content-picker.js")).StatusCode);

        var anonymous = site.Factory.CreateBrowser();
        var refused = await anonymous.GetAsync("/Admin/Contents/Picker?q=dong");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
    }

    private static string Value(IHtmlDocument page, string id) => page.GetElementById(id) switch
    {
        IHtmlInputElement input => input.Value,
        IHtmlTextAreaElement area => area.Value,
        _ => throw new InvalidOperationException($"No input #{id}."),
    };

    private static string VietnameseFold(string text) => UstaOrchard.Core.Text.VietnameseText.Fold(text);
}
