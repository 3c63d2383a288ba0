using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Usta.Contents.Editing;
using Usta.Media.Picker;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Text;

namespace Usta.Media.Editing;

public sealed class MediaFieldEditor : EditorModel
{
    [BindNever]
    public MediaField Field { get; set; } = new();
}

public sealed record MediaFieldItem(string Path, string AltText, string? Caption);

public sealed record MediaFieldDisplay(string Label, IReadOnlyList<MediaFieldItem> Items, string Prefix);

/// <summary>
/// A media field edited with the library's picker (<c>&lt;vc:media-field-picker&gt;</c>), whose inputs
/// (<c>{prefix}.Paths[i]</c>, <c>.MediaTexts[i]</c>, <c>.Captions[i]</c>) bind to a <see cref="MediaField"/>.
/// <see cref="MediaFieldRules"/> checks it: every path a file of the library, every image with its alt text.
/// </summary>
public sealed class MediaFieldDriver(MediaFieldRules rules, IStringLocalizer<MediaStartup> S) : IContentFieldDriver
{
    public string FieldName => nameof(MediaField);

    public Task<EditorSlot?> EditAsync(FieldContext context)
        => Task.FromResult<EditorSlot?>(Editor(context, context.Read<MediaField>()));

    public async Task<EditorSlot?> UpdateAsync(FieldContext context, IUpdateModel updater)
    {
        var posted = new MediaField();
        await updater.TryUpdateModelAsync(posted, context.Prefix);
        var field = MediaFieldRules.Clean(posted);
        field.MediaTexts = field.MediaTexts.Select(t => VietnameseText.Nfc(t)).ToList();
        field.Captions = field.Captions.Select(t => VietnameseText.Nfc(t)).ToList();
        foreach (var error in await rules.CheckAsync(field, context.CancellationToken))
            updater.ModelState.AddModelError(context.Prefix, error);
        if (context.Settings.Required && field.Paths.Count == 0)
            updater.ModelState.AddModelError(context.Prefix, S["Choose a file for {0}.", context.Settings.DisplayName ?? context.Field.Name]);
        context.Write(field);
        return Editor(context, field);
    }

    public Task<DisplaySlot?> DisplayAsync(FieldContext context)
    {
        var field = context.Read<MediaField>();
        if (field.Paths.Count == 0) return Task.FromResult<DisplaySlot?>(null);
        var items = field.Paths.Select((path, i) => new MediaFieldItem(path,
            i < field.MediaTexts.Count ? field.MediaTexts[i] ?? "" : "",
            i < field.Captions.Count && !string.IsNullOrWhiteSpace(field.Captions[i]) ? field.Captions[i] : null)).ToList();
        return Task.FromResult<DisplaySlot?>(context.Display("/Views/Fields/MediaField.cshtml",
            new MediaFieldDisplay(context.Settings.DisplayName ?? context.Field.Name, items, context.Prefix)));
    }

    private static EditorSlot Editor(FieldContext context, MediaField field)
        => context.Editor("/Views/Fields/MediaField.Edit.cshtml", new MediaFieldEditor { Field = field });
}
