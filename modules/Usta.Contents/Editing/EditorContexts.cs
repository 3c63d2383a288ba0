using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Definitions;

namespace Usta.Contents.Editing;

/// <summary>Whose form it is and whether the item exists yet; the same for every driver of one request.</summary>
public sealed record EditorRequest(ClaimsPrincipal User, bool IsNew, CancellationToken CancellationToken)
{
    /// <summary>The public page's page number (<c>?trang=</c>), for a part that lists (ListPart).</summary>
    public int Page { get; init; } = 1;

    public static EditorRequest Display(CancellationToken ct, int page = 1) => new(new ClaimsPrincipal(), false, ct) { Page = page };
}

/// <summary>A part of an item as its type defines it: what a part driver edits or displays.</summary>
public sealed class PartContext(ContentItem item, ContentTypeDefinition type, ContentTypePartDefinition typePart, EditorRequest request)
{
    public ContentItem Item { get; } = item;
    public ContentTypeDefinition Type { get; } = type;
    public ContentTypePartDefinition TypePart { get; } = typePart;
    public EditorRequest Request { get; } = request;
    public CancellationToken CancellationToken => Request.CancellationToken;

    /// <summary>The part's name in the item (usually the part type's name): input prefix and JSON property.</summary>
    public string Prefix => TypePart.Name;

    public DefinitionSettings Settings { get; } = DefinitionSettings.ForPart(typePart);

    /// <summary>The type-part settings section <c>"{Name}": {…}</c> (e.g. <c>AutoroutePartSettings</c>), typed.</summary>
    public TSettings SettingsOf<TSettings>() where TSettings : new()
        => TypePart.Settings.ReadSection<TSettings>(typeof(TSettings).Name);

    /// <summary>The part's editor: the model gets the prefix, label, hint and required flag of the definition.</summary>
    public EditorSlot Editor(string viewPath, EditorModel model, string defaultLabel)
    {
        model.Prefix = Prefix;
        model.Label = Settings.DisplayName ?? defaultLabel;
        model.Hint = Settings.Hint;
        model.Required = model.Required || Settings.Required;
        return new EditorSlot(viewPath, model, Settings.Position);
    }

    public DisplaySlot Display(string viewPath, object model) => new(viewPath, model, Settings.Position);
}

/// <summary>A field of a part of an item: what a field driver edits or displays.</summary>
public sealed class FieldContext(ContentItem item, ContentTypeDefinition type, ContentTypePartDefinition typePart,
    ContentPartFieldDefinition field, EditorRequest request)
{
    public ContentItem Item { get; } = item;
    public ContentTypeDefinition Type { get; } = type;
    public ContentTypePartDefinition TypePart { get; } = typePart;
    public ContentPartFieldDefinition Field { get; } = field;
    public EditorRequest Request { get; } = request;
    public CancellationToken CancellationToken => Request.CancellationToken;

    /// <summary><c>Article.Lead</c>: the part's name in the item, then the field's.</summary>
    public string Prefix => $"{TypePart.Name}.{Field.Name}";

    public DefinitionSettings Settings { get; } = DefinitionSettings.ForField(field);

    /// <summary>The field-type settings section (<c>NumericFieldSettings</c>, …), typed; defaults when absent.</summary>
    public TSettings SettingsOf<TSettings>() where TSettings : new()
        => Field.Settings.ReadSection<TSettings>(typeof(TSettings).Name);

    /// <summary>
    /// The stored value (<c>"Lead": { "Text": "…" }</c>), or a new one when the item has none or one of
    /// another shape (a recipe may store <c>"Value": "many"</c> in a number): the page shows it as empty, not an error.
    /// </summary>
    public TField Read<TField>() where TField : new()
    {
        if (Item.Content[TypePart.Name] is not JsonObject part || part[Field.Name] is not JsonObject value) return new TField();
        try
        {
            return value.Deserialize<TField>(ContentJson.Options) ?? new TField();
        }
        catch (JsonException)
        {
            return new TField();
        }
    }

    /// <summary>Writes the value into the item, keeping the part's other fields.</summary>
    public void Write<TField>(TField value)
    {
        if (Item.Content[TypePart.Name] is not JsonObject part) Item.Content[TypePart.Name] = part = new JsonObject();
        part[Field.Name] = JsonSerializer.SerializeToNode(value, ContentJson.Options);
    }

    /// <summary>The field's editor: the model gets the prefix, label, hint and required flag of the definition.</summary>
    public EditorSlot Editor(string viewPath, EditorModel model)
    {
        model.Prefix = Prefix;
        model.Label = Settings.DisplayName ?? Field.Name;
        model.Hint = Settings.Hint;
        model.Required = model.Required || Settings.Required;
        return new EditorSlot(viewPath, model, Settings.Position);
    }

    public DisplaySlot Display(string viewPath, object model) => new(viewPath, model, Settings.Position);
}
