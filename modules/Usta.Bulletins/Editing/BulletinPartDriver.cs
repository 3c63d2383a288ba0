using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Usta.Contents;
using Usta.Contents.Editing;
using Usta.Contents.Editing.Drivers;
using Usta.Media.Editing;
using Usta.Media.Picker;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Text;

namespace Usta.Bulletins.Editing;

public sealed class BulletinPartEditor : EditorModel
{
    public string? Number { get; set; }
    public string? Year { get; set; }

    // The rest reuse the field editors' models and views, under BulletinPart.IssueDate, .Summary, …
    [BindNever]
    public DateFieldEditor IssueDate { get; set; } = new();
    [BindNever]
    public TextFieldEditor Summary { get; set; } = new();
    [BindNever]
    public MediaFieldEditor Cover { get; set; } = new();
    [BindNever]
    public MediaFieldEditor Pdf { get; set; } = new();
    [BindNever]
    public ContentPickerFieldEditor Articles { get; set; } = new();
}

/// <summary>
/// An issue's number, year, date, summary, cover, PDF and articles. The date, summary, media and
/// article list are edited with the field editors' views, so they look and bind as those fields do.
/// </summary>
public sealed class BulletinPartDriver(ContentPickerFieldDriver picker, ContentPickerSearch search, MediaFieldRules media, ContentLimits limits,
    IStringLocalizer<BulletinsStartup> S) : IContentPartDriver
{
    private const string View = "/Views/Parts/BulletinPart.Edit.cshtml";
    // Usta.Articles' type; this module does not depend on that one.
    private const string ArticleType = "Article";
    private static readonly ContentPickerFieldSettings ArticlePicker = new() { Multiple = true, DisplayedContentTypes = [ArticleType] };

    public string PartName => nameof(BulletinPart);

    public async Task<EditorSlot?> EditAsync(PartContext context)
    {
        var part = context.Item.As<BulletinPart>() ?? new BulletinPart();
        var model = new BulletinPartEditor
        {
            Number = part.Number > 0 ? part.Number.ToString(CultureInfo.InvariantCulture) : null,
            Year = part.Year > 0 ? part.Year.ToString(CultureInfo.InvariantCulture) : null,
        };
        var articles = await search.FindAsync(part.Articles.ContentItemIds, context.CancellationToken);
        Compose(context, model, part.IssueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), part.Summary, part.Cover, part.Pdf, articles, null);
        return context.Editor(View, model, S["Bulletin"]);
    }

    public async Task<EditorSlot?> UpdateAsync(PartContext context, IUpdateModel updater)
    {
        var prefix = context.Prefix;
        var errors = updater.ModelState;
        var input = new BulletinPartEditor();
        await updater.TryUpdateModelAsync(input, prefix);
        var date = new DateFieldEditor();
        await updater.TryUpdateModelAsync(date, prefix + ".IssueDate");
        var summary = new TextFieldEditor();
        await updater.TryUpdateModelAsync(summary, prefix + ".Summary");

        var number = Whole(input.Number, 1, 100_000, prefix + ".Number", S["The number must be a whole number from 1 to 100000."], errors);
        var year = Whole(input.Year, 1900, 2100, prefix + ".Year", S["The year must be a year from 1900 to 2100."], errors);
        DateTime? issueDate = null;
        if (!string.IsNullOrWhiteSpace(date.Value))
        {
            // Stored as the recipes store it: the date at midnight, marked UTC.
            if (DateFieldDriver.TryParse(date.Value, out var parsed)) issueDate = DateTime.SpecifyKind(parsed, DateTimeKind.Utc);
            else errors.AddModelError(prefix + ".IssueDate", S["The issue date is not a date: write it as dd-MM-yyyy."]);
        }
        var summaryText = VietnameseText.Nfc(summary.Text).Trim();
        if (summaryText.Length > limits.FieldChars)
            errors.AddModelError(prefix + ".Summary", S["The summary is {0:N0} characters long; at most {1:N0} are allowed.", summaryText.Length, limits.FieldChars]);
        var cover = await MediaAsync(updater, prefix + ".Cover", context.CancellationToken);
        var pdf = await MediaAsync(updater, prefix + ".Pdf", context.CancellationToken);
        var (articles, typed) = await picker.BindAsync(updater, prefix + ".Articles", S["Articles in the issue"], ArticlePicker, false, context.Request.User, context.CancellationToken);

        context.Item.Alter<BulletinPart>(p =>
        {
            p.Number = number ?? p.Number;
            p.Year = year ?? p.Year;
            p.IssueDate = issueDate;
            p.Summary = summaryText.Length == 0 ? null : summaryText;
            p.Cover = cover;
            p.Pdf = pdf;
            p.Articles = new ContentPickerField { ContentItemIds = articles.Select(a => a.ContentItemId).ToList() };
        });
        Compose(context, input, date.Value, summary.Text, cover, pdf, articles, typed);
        return context.Editor(View, input, S["Bulletin"]);
    }

    public Task<DisplaySlot?> DisplayAsync(PartContext context) => Task.FromResult<DisplaySlot?>(null);

    private async Task<MediaField> MediaAsync(IUpdateModel updater, string prefix, CancellationToken ct)
    {
        var posted = new MediaField();
        await updater.TryUpdateModelAsync(posted, prefix);
        var field = MediaFieldRules.Clean(posted);
        field.MediaTexts = field.MediaTexts.Select(t => VietnameseText.Nfc(t)).ToList();
        field.Captions = field.Captions.Select(t => VietnameseText.Nfc(t)).ToList();
        foreach (var error in await media.CheckAsync(field, ct)) updater.ModelState.AddModelError(prefix, error);
        return field;
    }

    private static int? Whole(string? text, int min, int max, string key, string message, ModelStateDictionary errors)
    {
        if (int.TryParse((text ?? "").Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max) return value;
        errors.AddModelError(key, message);
        return null;
    }

    private void Compose(PartContext context, BulletinPartEditor model, string? date, string? summary, MediaField cover, MediaField pdf,
        IReadOnlyList<PickerCandidate> articles, string? typed)
    {
        var prefix = context.Prefix;
        model.Required = true;
        model.IssueDate = new DateFieldEditor { Prefix = prefix + ".IssueDate", Label = S["Issue date"], Value = date };
        model.Summary = new TextFieldEditor { Prefix = prefix + ".Summary", Label = S["Summary"], Text = summary, Multiline = true, MaxLength = limits.FieldChars };
        model.Cover = new MediaFieldEditor { Prefix = prefix + ".Cover", Label = S["Cover"], Field = cover };
        model.Pdf = new MediaFieldEditor { Prefix = prefix + ".Pdf", Label = S["PDF of the issue"], Field = pdf };
        model.Articles = new ContentPickerFieldEditor
        {
            Prefix = prefix + ".Articles", Label = S["Articles in the issue"], Items = articles, Add = typed,
            Multiple = true, Types = ArticlePicker.DisplayedContentTypes,
        };
    }
}
