using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Text;

namespace Usta.Contents.Editing.Drivers;

public sealed class TextFieldEditor : EditorModel
{
    public string? Text { get; set; }

    /// <summary>The field's <c>Editor</c> setting is <c>TextArea</c> (Orchard's name) or <c>Multiline</c>.</summary>
    public bool Multiline { get; set; }
    public int MaxLength { get; set; }
}

public sealed record TextFieldDisplay(string Label, string Text, string Prefix);

/// <summary>A line or a paragraph of plain text, composed (NFC) and trimmed; shown encoded, never as HTML.</summary>
public sealed class TextFieldDriver(ContentLimits limits, IStringLocalizer<ContentsStartup> S) : IContentFieldDriver
{
    public string FieldName => nameof(TextField);

    public Task<EditorSlot?> EditAsync(FieldContext context)
        => Task.FromResult<EditorSlot?>(Editor(context, context.Read<TextField>().Text));

    public async Task<EditorSlot?> UpdateAsync(FieldContext context, IUpdateModel updater)
    {
        var input = new TextFieldEditor();
        await updater.TryUpdateModelAsync(input, context.Prefix);
        var text = VietnameseText.Nfc(input.Text).Trim();
        if (context.Settings.Required && text.Length == 0)
            updater.ModelState.AddModelError(context.Prefix, S["{0} is required.", context.Settings.DisplayName ?? context.Field.Name]);
        else if (text.Length > limits.FieldChars)
            updater.ModelState.AddModelError(context.Prefix, S["{0} is {1:N0} characters long; at most {2:N0} are allowed.",
                context.Settings.DisplayName ?? context.Field.Name, text.Length, limits.FieldChars]);
        var field = context.Read<TextField>();
        field.Text = text.Length == 0 ? null : text;
        context.Write(field);
        return Editor(context, input.Text);
    }

    public Task<DisplaySlot?> DisplayAsync(FieldContext context)
    {
        var text = context.Read<TextField>().Text;
        return Task.FromResult(string.IsNullOrWhiteSpace(text)
            ? null
            : context.Display("/Views/Fields/TextField.cshtml", new TextFieldDisplay(context.Settings.DisplayName ?? context.Field.Name, text, context.Prefix)));
    }

    private EditorSlot Editor(FieldContext context, string? text) => context.Editor("/Views/Fields/TextField.Edit.cshtml", new TextFieldEditor
    {
        Text = text,
        Multiline = context.Settings.Editor is { } editor && (editor.Equals("TextArea", StringComparison.OrdinalIgnoreCase) || editor.Equals("Multiline", StringComparison.OrdinalIgnoreCase)),
        MaxLength = limits.FieldChars,
    });
}
