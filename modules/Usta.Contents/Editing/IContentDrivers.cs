namespace Usta.Contents.Editing;

/// <summary>
/// How one part type is edited and shown (Orchard's display driver, without shapes): its editor is
/// a partial view with a typed model; <see cref="UpdateAsync"/> binds the posted values through the
/// updater, puts errors in ModelState under the part's prefix, writes valid values into the item, and
/// returns the editor again showing what was typed. Build results with <c>context.Editor(…)</c> and
/// <c>context.Display(…)</c>. Register with <c>AddScoped&lt;IContentPartDriver, T&gt;()</c>.
/// </summary>
public interface IContentPartDriver
{
    /// <summary>The part type it serves (<c>TitlePart</c>), as in <c>ContentTypePartDefinition.PartName</c>.</summary>
    string PartName { get; }

    /// <summary>The editor showing the stored values; null when the part has nothing to edit.</summary>
    Task<EditorSlot?> EditAsync(PartContext context);

    Task<EditorSlot?> UpdateAsync(PartContext context, IUpdateModel updater);

    /// <summary>Null when the part shows nothing on the public page (a path, say).</summary>
    Task<DisplaySlot?> DisplayAsync(PartContext context);
}

/// <summary>How one field type is edited and shown; the same contract as a part driver, per field.</summary>
public interface IContentFieldDriver
{
    /// <summary>The field type it serves (<c>TextField</c>), as in <c>ContentPartFieldDefinition.FieldName</c>.</summary>
    string FieldName { get; }

    Task<EditorSlot?> EditAsync(FieldContext context);

    Task<EditorSlot?> UpdateAsync(FieldContext context, IUpdateModel updater);

    /// <summary>Null when the field is empty or shows nothing.</summary>
    Task<DisplaySlot?> DisplayAsync(FieldContext context);
}
