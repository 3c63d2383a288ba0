using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Text;

namespace Usta.Contents.Editing.Drivers;

public sealed record HtmlBodyDisplay(string Html);

/// <summary>
/// The HTML body: a textarea the HTML editor enhances (<c>data-html-editor</c>). The save pipeline
/// sanitises it, so the display writes the stored HTML as it is.
/// </summary>
public sealed class HtmlBodyPartDriver(ContentLimits limits, IStringLocalizer<ContentsStartup> S) : IContentPartDriver
{
    public string PartName => nameof(HtmlBodyPart);

    public Task<EditorSlot?> EditAsync(PartContext context)
        => Task.FromResult<EditorSlot?>(Editor(context, context.Item.As<HtmlBodyPart>()?.Html));

    public async Task<EditorSlot?> UpdateAsync(PartContext context, IUpdateModel updater)
    {
        var input = new HtmlFieldEditor();
        await updater.TryUpdateModelAsync(input, context.Prefix);
        var html = VietnameseText.Nfc(input.Html).Trim();
        if (context.Settings.Required && html.Length == 0)
            updater.ModelState.AddModelError(context.Prefix, S["{0} is required.", context.Settings.DisplayName ?? S["Body"]]);
        else if (html.Length > limits.HtmlBodyChars)
            updater.ModelState.AddModelError(context.Prefix, S["{0} is {1:N0} characters long; at most {2:N0} are allowed.", context.Settings.DisplayName ?? S["Body"], html.Length, limits.HtmlBodyChars]);
        context.Item.Alter<HtmlBodyPart>(p => p.Html = html.Length == 0 ? null : html);
        return Editor(context, input.Html);
    }

    public Task<DisplaySlot?> DisplayAsync(PartContext context)
        => Task.FromResult(context.Item.As<HtmlBodyPart>()?.Html is { Length: > 0 } html
            ? context.Display("/Views/Parts/HtmlBodyPart.cshtml", new HtmlBodyDisplay(html))
            : null);

    private EditorSlot Editor(PartContext context, string? html)
        => context.Editor("/Views/Fields/HtmlField.Edit.cshtml", new HtmlFieldEditor { Html = html, MaxLength = limits.HtmlBodyChars }, S["Body"]);
}

/// <summary>The Markdown body: a plain textarea, stored composed (NFC), rendered by <see cref="MarkdownRenderer"/>.</summary>
public sealed class MarkdownBodyPartDriver(ContentLimits limits, IStringLocalizer<ContentsStartup> S) : IContentPartDriver
{
    public string PartName => nameof(MarkdownBodyPart);

    public Task<EditorSlot?> EditAsync(PartContext context)
        => Task.FromResult<EditorSlot?>(Editor(context, context.Item.As<MarkdownBodyPart>()?.Markdown));

    public async Task<EditorSlot?> UpdateAsync(PartContext context, IUpdateModel updater)
    {
        var input = new MarkdownEditor();
        await updater.TryUpdateModelAsync(input, context.Prefix);
        var markdown = VietnameseText.Nfc(input.Markdown).Trim();
        if (context.Settings.Required && markdown.Length == 0)
            updater.ModelState.AddModelError(context.Prefix, S["{0} is required.", context.Settings.DisplayName ?? S["Body"]]);
        else if (markdown.Length > limits.HtmlBodyChars)
            updater.ModelState.AddModelError(context.Prefix, S["{0} is {1:N0} characters long; at most {2:N0} are allowed.", context.Settings.DisplayName ?? S["Body"], markdown.Length, limits.HtmlBodyChars]);
        context.Item.Alter<MarkdownBodyPart>(p => p.Markdown = markdown.Length == 0 ? null : markdown);
        return Editor(context, input.Markdown);
    }

    public Task<DisplaySlot?> DisplayAsync(PartContext context)
        => Task.FromResult(context.Item.As<MarkdownBodyPart>()?.Markdown is { Length: > 0 } markdown
            ? context.Display("/Views/Fields/MarkdownField.cshtml", new MarkdownDisplay(null, MarkdownRenderer.ToHtml(markdown), context.Prefix))
            : null);

    private EditorSlot Editor(PartContext context, string? markdown)
        => context.Editor("/Views/Fields/MarkdownField.Edit.cshtml", new MarkdownEditor { Markdown = markdown, MaxLength = limits.HtmlBodyChars }, S["Body"]);
}
