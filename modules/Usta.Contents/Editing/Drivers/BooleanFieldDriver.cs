using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Contents;

namespace Usta.Contents.Editing.Drivers;

public sealed class BooleanFieldEditor : EditorModel
{
    public bool Value { get; set; }
}

public sealed record BooleanFieldDisplay(string Label, string Value, string Prefix);

/// <summary>A checkbox. An unchecked box posts nothing, so a missing value binds as false.</summary>
public sealed class BooleanFieldDriver(IStringLocalizer<ContentsStartup> S) : IContentFieldDriver
{
    public string FieldName => nameof(BooleanField);

    public Task<EditorSlot?> EditAsync(FieldContext context)
        => Task.FromResult<EditorSlot?>(Editor(context, context.Read<BooleanField>().Value));

    public async Task<EditorSlot?> UpdateAsync(FieldContext context, IUpdateModel updater)
    {
        var input = new BooleanFieldEditor();
        await updater.TryUpdateModelAsync(input, context.Prefix);
        var field = context.Read<BooleanField>();
        field.Value = input.Value;
        context.Write(field);
        return Editor(context, input.Value);
    }

    public Task<DisplaySlot?> DisplayAsync(FieldContext context)
        => Task.FromResult<DisplaySlot?>(context.Display("/Views/Fields/BooleanField.cshtml",
            new BooleanFieldDisplay(context.Label(), context.Read<BooleanField>().Value ? S["Yes"] : S["No"], context.Prefix)));

    // A checkbox cannot be "required" to be ticked in Orchard's sense: the flag is not shown.
    private static EditorSlot Editor(FieldContext context, bool value)
    {
        var slot = context.Editor("/Views/Fields/BooleanField.Edit.cshtml", new BooleanFieldEditor { Value = value });
        slot.Model.Required = false;
        return slot;
    }
}
