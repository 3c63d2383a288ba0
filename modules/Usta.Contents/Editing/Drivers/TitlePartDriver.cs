using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Text;

namespace Usta.Contents.Editing.Drivers;

public sealed class TitlePartEditor : EditorModel
{
    public string? Title { get; set; }
    public int MaxLength { get; set; }
}

public sealed record TitlePartDisplay(string Title);

/// <summary>The title: required, at most <see cref="ContentLimits.TitleChars"/>, stored composed (NFC).</summary>
public sealed class TitlePartDriver(ContentLimits limits, IStringLocalizer<ContentsStartup> S) : IContentPartDriver
{
    private const string EditorView = "/Views/Parts/TitlePart.Edit.cshtml";

    public string PartName => nameof(TitlePart);

    public Task<EditorSlot?> EditAsync(PartContext context)
        => Task.FromResult<EditorSlot?>(Editor(context, context.Item.As<TitlePart>()?.Title));

    public async Task<EditorSlot?> UpdateAsync(PartContext context, IUpdateModel updater)
    {
        var input = new TitlePartEditor();
        await updater.TryUpdateModelAsync(input, context.Prefix);
        var title = VietnameseText.Nfc(input.Title).Trim();
        var key = $"{context.Prefix}.{nameof(TitlePart.Title)}";
        if (title.Length == 0)
            updater.ModelState.AddModelError(key, S["Enter a title."]);
        else if (title.Length > limits.TitleChars)
            updater.ModelState.AddModelError(key, S["The title is {0:N0} characters long; at most {1:N0} are allowed.", title.Length, limits.TitleChars]);
        context.Item.Alter<TitlePart>(p => p.Title = title);
        context.Item.DisplayText = title;
        return Editor(context, input.Title);
    }

    public Task<DisplaySlot?> DisplayAsync(PartContext context)
        => Task.FromResult<DisplaySlot?>(context.Display("/Views/Parts/TitlePart.cshtml", new TitlePartDisplay(context.Item.DisplayText)));

    private EditorSlot Editor(PartContext context, string? title)
        => context.Editor(EditorView, new TitlePartEditor { Title = title, MaxLength = limits.TitleChars, Required = true }, S["Title"]);
}
