using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Contents;
using Usta.Contents.Taxonomies;

namespace Usta.Contents.Editing.Drivers;

/// <summary>Orchard's TaxonomyFieldSettings: Unique means one category only (radio buttons).</summary>
public sealed class TaxonomyFieldSettings
{
    [JsonConverter(typeof(LenientBoolConverter))]
    public bool Unique { get; set; }

    /// <summary>The Orchard taxonomy (an item with a TaxonomyPart) whose terms the field holds; none: the site's categories.</summary>
    public string? TaxonomyContentItemId { get; set; }
}

public sealed class TaxonomyFieldEditor : EditorModel
{
    public List<string> TermContentItemIds { get; set; } = [];

    [BindNever]
    public IReadOnlyList<CategoryNode> Categories { get; set; } = [];
    [BindNever]
    public bool Unique { get; set; }
}

public sealed record TaxonomyFieldDisplay(string Label, IReadOnlyList<PickedLink> Categories, string Prefix);

/// <summary>A category picker over the site's Category items: checkboxes nested by parent, or radio buttons when Unique.</summary>
public sealed class TaxonomyFieldDriver(CategoryTree tree, TaxonomyTermNames taxonomies, IStringLocalizer<ContentsStartup> S) : IContentFieldDriver
{
    public string FieldName => nameof(TaxonomyField);

    public async Task<EditorSlot?> EditAsync(FieldContext context)
        => Editor(context, context.Read<TaxonomyField>().TermContentItemIds, await ChoicesAsync(context));

    public async Task<EditorSlot?> UpdateAsync(FieldContext context, IUpdateModel updater)
    {
        var input = new TaxonomyFieldEditor();
        await updater.TryUpdateModelAsync(input, context.Prefix);
        var categories = await ChoicesAsync(context);
        var posted = input.TermContentItemIds.Where(id => !string.IsNullOrWhiteSpace(id)).Distinct().ToList();
        var chosen = posted.Where(id => categories.Any(c => c.ContentItemId == id)).ToList();
        if (chosen.Count < posted.Count)
            updater.ModelState.AddModelError(context.Prefix, S["Choose among the categories listed."]);
        else if (context.Settings.Required && chosen.Count == 0)
            updater.ModelState.AddModelError(context.Prefix, S["Choose a category for {0}.", context.Label()]);
        else if (context.SettingsOf<TaxonomyFieldSettings>().Unique && chosen.Count > 1)
            updater.ModelState.AddModelError(context.Prefix, S["{0} holds one category only.", context.Label()]);

        var field = context.Read<TaxonomyField>();
        field.TermContentItemIds = chosen;
        context.Write(field);
        return Editor(context, chosen, categories);
    }

    public async Task<DisplaySlot?> DisplayAsync(FieldContext context)
    {
        var ids = context.Read<TaxonomyField>().TermContentItemIds;
        if (ids.Count == 0) return null;
        var categories = await ChoicesAsync(context);
        var shown = ids.Select(id => categories.FirstOrDefault(c => c.ContentItemId == id)).OfType<CategoryNode>()
            .Select(c => new PickedLink(c.Title, c.Path.Length > 0 ? c.Path : null)).ToList();
        return shown.Count == 0 ? null : context.Display("/Views/Fields/TaxonomyField.cshtml", new TaxonomyFieldDisplay(context.Label(), shown, context.Prefix));
    }

    // A field an Orchard recipe brings names the terms of a taxonomy item (in the field or its settings);
    // ours name the site's categories.
    private async Task<IReadOnlyList<CategoryNode>> ChoicesAsync(FieldContext context)
    {
        var taxonomyId = context.Read<TaxonomyField>().TaxonomyContentItemId ?? context.SettingsOf<TaxonomyFieldSettings>().TaxonomyContentItemId;
        return await taxonomies.LoadAsync(taxonomyId, context.CancellationToken) ?? await tree.LoadAsync(context.CancellationToken);
    }

    private static EditorSlot Editor(FieldContext context, List<string> chosen, IReadOnlyList<CategoryNode> categories)
        => context.Editor("/Views/Fields/TaxonomyField.Edit.cshtml", new TaxonomyFieldEditor
        {
            TermContentItemIds = chosen,
            Categories = categories,
            Unique = context.SettingsOf<TaxonomyFieldSettings>().Unique,
        });
}
