using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Text;

namespace Usta.Contents.Editing.Drivers;

/// <summary>Orchard's HtmlField: <c>{"Html": "…"}</c>.</summary>
public sealed class HtmlField
{
    public string? Html { get; set; }
}

public sealed class HtmlFieldEditor : EditorModel
{
    public string? Html { get; set; }
    public int MaxLength { get; set; }
}

public sealed record HtmlFieldDisplay(string Label, string Html, string Prefix);

/// <summary>
/// Rich text in a textarea that the HTML editor enhances (<c>data-html-editor</c>); without JavaScript
/// it is a plain textarea. The save pipeline sanitises the HTML, so the display may write it raw.
/// </summary>
public sealed class HtmlFieldDriver(ContentLimits limits, IStringLocalizer<ContentsStartup> S) : IContentFieldDriver
{
    public string FieldName => nameof(HtmlField);

    public Task<EditorSlot?> EditAsync(FieldContext context)
        => Task.FromResult<EditorSlot?>(Editor(context, context.Read<HtmlField>().Html));

    public async Task<EditorSlot?> UpdateAsync(FieldContext context, IUpdateModel updater)
    {
        var input = new HtmlFieldEditor();
        await updater.TryUpdateModelAsync(input, context.Prefix);
        var html = VietnameseText.Nfc(input.Html).Trim();
        if (context.Settings.Required && html.Length == 0)
            updater.ModelState.AddModelError(context.Prefix, S["{0} is required.", context.Label()]);
        else if (html.Length > limits.HtmlBodyChars)
            updater.ModelState.AddModelError(context.Prefix, S["{0} is {1:N0} characters long; at most {2:N0} are allowed.", context.Label(), html.Length, limits.HtmlBodyChars]);
        var field = context.Read<HtmlField>();
        field.Html = html.Length == 0 ? null : html;
        context.Write(field);
        return Editor(context, input.Html);
    }

    public Task<DisplaySlot?> DisplayAsync(FieldContext context)
        => Task.FromResult(context.Read<HtmlField>().Html is { Length: > 0 } html
            ? context.Display("/Views/Fields/HtmlField.cshtml", new HtmlFieldDisplay(context.Label(), html, context.Prefix))
            : null);

    private EditorSlot Editor(FieldContext context, string? html)
        => context.Editor("/Views/Fields/HtmlField.Edit.cshtml", new HtmlFieldEditor { Html = html, MaxLength = limits.HtmlBodyChars });
}
