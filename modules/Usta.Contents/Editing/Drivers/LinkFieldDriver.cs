using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Text;

namespace Usta.Contents.Editing.Drivers;

public sealed class LinkFieldEditor : EditorModel
{
    public string? Url { get; set; }
    public string? Text { get; set; }
}

public sealed record LinkFieldDisplay(string Label, string Url, string Text, string Prefix);

/// <summary>A link (URL + text). Only safe targets are stored (<see cref="SafeUrl"/>); both are encoded on output.</summary>
public sealed class LinkFieldDriver(ContentLimits limits, IStringLocalizer<ContentsStartup> S) : IContentFieldDriver
{
    public string FieldName => nameof(LinkField);

    public Task<EditorSlot?> EditAsync(FieldContext context)
    {
        var field = context.Read<LinkField>();
        return Task.FromResult<EditorSlot?>(Editor(context, field.Url, field.Text));
    }

    public async Task<EditorSlot?> UpdateAsync(FieldContext context, IUpdateModel updater)
    {
        var input = new LinkFieldEditor();
        await updater.TryUpdateModelAsync(input, context.Prefix);
        var url = (input.Url ?? "").Trim();
        var text = VietnameseText.Nfc(input.Text).Trim();
        var urlKey = $"{context.Prefix}.{nameof(LinkField.Url)}";
        if (url.Length == 0)
        {
            if (context.Settings.Required) updater.ModelState.AddModelError(urlKey, S["{0} is required.", context.Label()]);
            else if (text.Length > 0) updater.ModelState.AddModelError(urlKey, S["Enter the address of the link."]);
        }
        else if (!SafeUrl.IsAllowed(url))
            updater.ModelState.AddModelError(urlKey, S["The address must start with http://, https://, mailto:, tel: or / (a page of this site)."]);
        if (text.Length > limits.FieldChars)
            updater.ModelState.AddModelError($"{context.Prefix}.{nameof(LinkField.Text)}", S["{0} is {1:N0} characters long; at most {2:N0} are allowed.",
                context.Label(), text.Length, limits.FieldChars]);

        var field = context.Read<LinkField>();
        field.Url = url.Length == 0 ? null : url;
        field.Text = text.Length == 0 ? null : text;
        context.Write(field);
        return Editor(context, input.Url, input.Text);
    }

    public Task<DisplaySlot?> DisplayAsync(FieldContext context)
    {
        var field = context.Read<LinkField>();
        // Checked again on output: a recipe or an import may have stored what the editor refuses.
        if (!SafeUrl.IsAllowed(field.Url)) return Task.FromResult<DisplaySlot?>(null);
        return Task.FromResult<DisplaySlot?>(context.Display("/Views/Fields/LinkField.cshtml",
            new LinkFieldDisplay(context.Label(), field.Url!, string.IsNullOrWhiteSpace(field.Text) ? field.Url! : field.Text, context.Prefix)));
    }

    private static EditorSlot Editor(FieldContext context, string? url, string? text)
        => context.Editor("/Views/Fields/LinkField.Edit.cshtml", new LinkFieldEditor { Url = url, Text = text });
}
