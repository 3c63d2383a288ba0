using Microsoft.AspNetCore.Mvc;
using Usta.Media.Library;
using UstaOrchard.Core.Contents;

namespace Usta.Media.Picker;

public sealed record MediaPickerItem(string Path, string AltText, string Caption, string? Thumbnail, bool IsImage);

public sealed record MediaPickerView(string Prefix, string Label, IReadOnlyList<MediaPickerItem> Items);

/// <summary>
/// The media field's editor for any form: <c>&lt;vc:media-field-picker prefix="Input.Photo" field="…" label="…" /&gt;</c>.
/// It posts <c>{prefix}.Paths[i]</c>, <c>.MediaTexts[i]</c> and <c>.Captions[i]</c>, which bind to a
/// <see cref="MediaField"/>; without JavaScript these are text inputs (with one empty row to add a
/// file), with it the library opens in a dialog to browse, search and upload.
/// </summary>
public sealed class MediaFieldPickerViewComponent(MediaQueries queries) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string prefix, MediaField? field, string label)
    {
        var items = new List<MediaPickerItem>();
        field ??= new MediaField();
        for (var i = 0; i < field.Paths.Count; i++)
        {
            var path = field.Paths[i];
            var file = await queries.FileAsync(path, HttpContext.RequestAborted);
            var isImage = file?.IsImage ?? MediaFieldRules.IsImagePath(path);
            items.Add(new MediaPickerItem(path, At(field.MediaTexts, i), At(field.Captions, i), isImage ? MediaThumbnails.Url(path) : null, isImage));
        }
        return View(new MediaPickerView(prefix, label, items));
    }

    private static string At(List<string> list, int i) => i < list.Count ? list[i] ?? "" : "";
}
