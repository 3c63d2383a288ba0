using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Usta.Contents.Editing.Drivers;

public sealed class LinkGroupPartEditor : EditorModel
{
    public string? Order { get; set; }
}

/// <summary>A "Liên Kết Website" group's place in the block: a whole number, smaller first.</summary>
public sealed class LinkGroupPartDriver(IStringLocalizer<ContentsStartup> S) : IContentPartDriver
{
    public string PartName => nameof(LinkGroupPart);

    public Task<EditorSlot?> EditAsync(PartContext context)
    {
        var part = context.Item.As<LinkGroupPart>() ?? new LinkGroupPart();
        return Task.FromResult<EditorSlot?>(Editor(context, new LinkGroupPartEditor { Order = part.Order.ToString(CultureInfo.InvariantCulture) }));
    }

    public async Task<EditorSlot?> UpdateAsync(PartContext context, IUpdateModel updater)
    {
        var input = new LinkGroupPartEditor();
        await updater.TryUpdateModelAsync(input, context.Prefix);
        var text = (input.Order ?? "").Trim();
        var order = 0;
        if (text.Length > 0 && !int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out order))
            updater.ModelState.AddModelError($"{context.Prefix}.Order", S["The order must be a whole number."]);
        context.Item.Alter<LinkGroupPart>(p => p.Order = order);
        return Editor(context, input);
    }

    public Task<DisplaySlot?> DisplayAsync(PartContext context) => Task.FromResult<DisplaySlot?>(null);

    private EditorSlot Editor(PartContext context, LinkGroupPartEditor model)
        => context.Editor("/Views/Parts/LinkGroupPart.Edit.cshtml", model, S["Link group"]);
}
