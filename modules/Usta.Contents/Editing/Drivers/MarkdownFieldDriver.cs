using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Text;

namespace Usta.Contents.Editing.Drivers;

/// <summary>Orchard's MarkdownField: <c>{"Markdown": "…"}</c>.</summary>
public sealed class MarkdownField
{
    public string? Markdown { get; set; }
}

public sealed class MarkdownEditor : EditorModel
{
    public string? Markdown { get; set; }
    public int MaxLength { get; set; }
}

/// <summary><paramref name="Html"/> is Markdig's output with raw HTML off and unsafe links defused.</summary>
public sealed record MarkdownDisplay(string? Label, string Html, string Prefix);

/// <summary>Markdown in a plain textarea, stored composed (NFC), shown through <see cref="MarkdownRenderer"/>.</summary>
public sealed class MarkdownFieldDriver(ContentLimits limits, IStringLocalizer<ContentsStartup> S) : IContentFieldDriver
{
    public string FieldName => nameof(MarkdownField);

    public Task<EditorSlot?> EditAsync(FieldContext context)
        => Task.FromResult<EditorSlot?>(Editor(context, context.Read<MarkdownField>().Markdown));

    public async Task<EditorSlot?> UpdateAsync(FieldContext context, IUpdateModel updater)
    {
        var input = new MarkdownEditor();
        await updater.TryUpdateModelAsync(input, context.Prefix);
        var markdown = VietnameseText.Nfc(input.Markdown).Trim();
        if (context.Settings.Required && markdown.Length == 0)
            updater.ModelState.AddModelError(context.Prefix, S["{0} is required.", context.Label()]);
        else if (markdown.Length > limits.HtmlBodyChars)
            updater.ModelState.AddModelError(context.Prefix, S["{0} is {1:N0} characters long; at most {2:N0} are allowed.", context.Label(), markdown.Length, limits.HtmlBodyChars]);
        var field = context.Read<MarkdownField>();
        field.Markdown = markdown.Length == 0 ? null : markdown;
        context.Write(field);
        return Editor(context, input.Markdown);
    }

    public Task<DisplaySlot?> DisplayAsync(FieldContext context)
        => Task.FromResult(context.Read<MarkdownField>().Markdown is { Length: > 0 } markdown
            ? context.Display("/Views/Fields/MarkdownField.cshtml", new MarkdownDisplay(context.Label(), MarkdownRenderer.ToHtml(markdown), context.Prefix))
            : null);

    private EditorSlot Editor(FieldContext context, string? markdown)
        => context.Editor("/Views/Fields/MarkdownField.Edit.cshtml", new MarkdownEditor { Markdown = markdown, MaxLength = limits.HtmlBodyChars });
}
