namespace Usta.Contents.Editing;

/// <summary>
/// Base of every editor's view model: where its inputs are named (<see cref="Prefix"/>), and the
/// definition's label, hint and required flag. A driver's editor model derives from it and adds
/// the values it edits; its partial view names inputs <c>@Model.Prefix.Property</c>.
/// </summary>
public abstract class EditorModel
{
    /// <summary><c>TitlePart</c> for a part, <c>Article.Lead</c> for a field: the input names' and ModelState keys' prefix.</summary>
    public string Prefix { get; set; } = "";
    public string Label { get; set; } = "";
    public string? Hint { get; set; }
    public bool Required { get; set; }

    /// <summary>An HTML id made from the prefix (<c>Article_Lead</c>); inputs add their property (<c>Article_Lead_Text</c>).</summary>
    public string Id => IdFor(Prefix);

    public string IdFor(string prefix) => prefix.Replace('.', '_');

    /// <summary>The name of one of this editor's inputs: <c>Article.Lead.Text</c>.</summary>
    public string NameOf(string property) => $"{Prefix}.{property}";
}

/// <summary>One editor on the item's form: a partial view and its model, in the definition's order.</summary>
public sealed record EditorSlot(string ViewPath, EditorModel Model, double Position);

/// <summary>One part or field on the item's public page: a partial view and its model, in the definition's order.</summary>
public sealed record DisplaySlot(string ViewPath, object Model, double Position);
