using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Definitions;

namespace Usta.Contents.Editing;

/// <summary>An item's form: its type and the editors of its parts and fields, in the definition's order.</summary>
public sealed record ContentEditorModel(ContentTypeDefinition Type, IReadOnlyList<EditorSlot> Editors);

/// <summary>
/// Composes an item's editor and public display from the drivers of its parts and fields, in the
/// order of their <c>Position</c> settings: each part (its driver, if it has one), then the fields
/// its part definition declares. A type or field a recipe adds is edited and shown with no new
/// code; a field type without a driver is kept untouched in the item.
/// </summary>
public sealed class ContentEditor(ContentDefinitionManager definitions, IEnumerable<IContentPartDriver> partDrivers,
    IEnumerable<IContentFieldDriver> fieldDrivers)
{
    private readonly Dictionary<string, IContentPartDriver> _parts = partDrivers.ToDictionary(d => d.PartName, StringComparer.Ordinal);
    private readonly Dictionary<string, IContentFieldDriver> _fields = fieldDrivers.ToDictionary(d => d.FieldName, StringComparer.Ordinal);

    /// <summary>The editors showing the item as stored; null when its type has no definition.</summary>
    public async Task<ContentEditorModel?> BuildEditorAsync(ContentItem item, EditorRequest request)
    {
        var type = await definitions.GetTypeAsync(item.ContentType, request.CancellationToken);
        if (type is null) return null;
        var editors = await CollectAsync(item, type, request,
            (driver, context) => driver.EditAsync(context),
            (driver, context) => driver.EditAsync(context));
        return new ContentEditorModel(type, editors);
    }

    /// <summary>
    /// Binds the posted form into <paramref name="item"/> through every driver. Errors land in the
    /// updater's ModelState; the returned editors show what was typed, valid or not.
    /// </summary>
    public async Task<ContentEditorModel?> UpdateEditorAsync(ContentItem item, IUpdateModel updater, EditorRequest request)
    {
        var type = await definitions.GetTypeAsync(item.ContentType, request.CancellationToken);
        if (type is null) return null;
        var editors = await CollectAsync(item, type, request,
            (driver, context) => driver.UpdateAsync(context, updater),
            (driver, context) => driver.UpdateAsync(context, updater));
        return new ContentEditorModel(type, editors);
    }

    /// <summary>The public page's parts and fields; empty when the type has no definition.</summary>
    public async Task<IReadOnlyList<DisplaySlot>> BuildDisplayAsync(ContentItem item, CancellationToken ct, int page = 1)
    {
        var type = await definitions.GetTypeAsync(item.ContentType, ct);
        if (type is null) return [];
        return await CollectAsync(item, type, EditorRequest.Display(ct, page),
            (driver, context) => driver.DisplayAsync(context),
            (driver, context) => driver.DisplayAsync(context));
    }

    private async Task<IReadOnlyList<TSlot>> CollectAsync<TSlot>(ContentItem item, ContentTypeDefinition type, EditorRequest request,
        Func<IContentPartDriver, PartContext, Task<TSlot?>> onPart,
        Func<IContentFieldDriver, FieldContext, Task<TSlot?>> onField) where TSlot : class
    {
        var slots = new List<TSlot>();
        foreach (var typePart in Ordered(type.ContentTypePartDefinitionRecords, p => DefinitionSettings.ForPart(p).Position))
        {
            if (_parts.TryGetValue(typePart.PartName, out var partDriver)
                && await onPart(partDriver, new PartContext(item, type, typePart, request)) is { } partSlot)
                slots.Add(partSlot);

            var part = await definitions.GetPartAsync(typePart.PartName, request.CancellationToken);
            if (part is null) continue;
            foreach (var field in Ordered(part.ContentPartFieldDefinitionRecords, f => DefinitionSettings.ForField(f).Position))
            {
                if (_fields.TryGetValue(field.FieldName, out var fieldDriver)
                    && await onField(fieldDriver, new FieldContext(item, type, typePart, field, request)) is { } fieldSlot)
                    slots.Add(fieldSlot);
            }
        }
        return slots;
    }

    // A stable sort: equal positions keep the definition's order.
    private static IEnumerable<T> Ordered<T>(IEnumerable<T> items, Func<T, double> position)
        => items.Select((item, index) => (item, index)).OrderBy(x => position(x.item)).ThenBy(x => x.index).Select(x => x.item);
}
