using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Text;

namespace Usta.Contents.Editing.Drivers;

/// <summary>Orchard's ContentPickerFieldSettings: which types may be picked (none listed: any), one or several.</summary>
public sealed class ContentPickerFieldSettings
{
    [JsonConverter(typeof(LenientBoolConverter))]
    public bool Multiple { get; set; }

    public string[] DisplayedContentTypes { get; set; } = [];
}

public sealed class ContentPickerFieldEditor : EditorModel
{
    public List<string> ContentItemIds { get; set; } = [];

    /// <summary>The ids whose "remove" box is ticked.</summary>
    public List<string> Remove { get; set; } = [];

    /// <summary>A title typed to add an item; resolved on save, so the picker works without JavaScript.</summary>
    public string? Add { get; set; }

    [BindNever]
    public IReadOnlyList<PickerCandidate> Items { get; set; } = [];
    [BindNever]
    public bool Multiple { get; set; }
    [BindNever]
    public IReadOnlyList<string> Types { get; set; } = [];
}

public sealed record ContentPickerFieldDisplay(string Label, IReadOnlyList<PickedLink> Items, string Prefix);

/// <summary>
/// Items chosen by title among the types the field allows. The form lists the picked items, each
/// with a "remove" box, and a text box to add one by title: one match is added, none or several
/// give an error naming up to five candidates. Ids posted for items of other types are refused.
/// </summary>
public sealed class ContentPickerFieldDriver(ContentPickerSearch search, IStringLocalizer<ContentsStartup> S) : IContentFieldDriver
{
    public const int MaxItems = 100;

    public string FieldName => nameof(ContentPickerField);

    public async Task<EditorSlot?> EditAsync(FieldContext context)
    {
        var items = await search.FindAsync(context.Read<ContentPickerField>().ContentItemIds, context.CancellationToken);
        return Editor(context, items, null);
    }

    public async Task<EditorSlot?> UpdateAsync(FieldContext context, IUpdateModel updater)
    {
        var settings = context.SettingsOf<ContentPickerFieldSettings>();
        var (items, typed) = await BindAsync(updater, context.Prefix, context.Label(), settings, context.Settings.Required, context.Request.User, context.CancellationToken);
        var field = context.Read<ContentPickerField>();
        field.ContentItemIds = items.Select(i => i.ContentItemId).ToList();
        context.Write(field);
        return Editor(context, items, typed);
    }

    /// <summary>
    /// Binds a picker's inputs under <paramref name="prefix"/>: the kept ids, checked against the allowed
    /// types, plus the item a typed title names. Returns the picked items and, when the title named none
    /// or several, the title to show again. Parts that hold a picker (BulletinPart) bind through it too.
    /// </summary>
    public async Task<(List<PickerCandidate> Items, string? Typed)> BindAsync(IUpdateModel updater, string prefix, string label,
        ContentPickerFieldSettings settings, bool required, System.Security.Claims.ClaimsPrincipal user, CancellationToken ct)
    {
        var input = new ContentPickerFieldEditor();
        await updater.TryUpdateModelAsync(input, prefix);
        var types = settings.DisplayedContentTypes;
        var errors = updater.ModelState;
        var addKey = $"{prefix}.{nameof(ContentPickerFieldEditor.Add)}";

        var kept = input.ContentItemIds.Select(id => id?.Trim() ?? "").Where(id => id.Length is > 0 and <= 26 && !input.Remove.Contains(id))
            .Distinct().Take(MaxItems).ToList();
        var items = (await search.FindAsync(kept, ct)).ToList();
        if (items.Count < kept.Count || items.Any(i => !Allowed(types, i.ContentType)))
            errors.AddModelError(prefix, S["{0} may only hold items of these types: {1}.", label, string.Join(", ", types)]);
        items.RemoveAll(i => !Allowed(types, i.ContentType));

        var add = VietnameseText.Nfc(input.Add).Trim();
        string? typed = null;
        if (add.Length > 0)
        {
            var (match, candidates) = await search.ResolveAsync(types, add, user, ct);
            if (match is null)
            {
                typed = input.Add;
                errors.AddModelError(addKey, candidates.Count == 0
                    ? S["Nothing titled \"{0}\" can be chosen here.", add]
                    : S["Several items match \"{0}\": {1}. Type the whole title.", add, string.Join("; ", candidates.Select(c => c.Title))]);
            }
            else if (!settings.Multiple)
                items = [match];
            else if (items.All(i => i.ContentItemId != match.ContentItemId))
                items.Add(match);
        }
        if (!settings.Multiple && items.Count > 1)
            errors.AddModelError(prefix, S["{0} holds one item only.", label]);
        if (required && items.Count == 0 && typed is null)
            errors.AddModelError(prefix, S["{0} is required.", label]);
        return (items, typed);
    }

    public async Task<DisplaySlot?> DisplayAsync(FieldContext context)
    {
        var items = await search.PublishedAsync(context.Read<ContentPickerField>().ContentItemIds, context.CancellationToken);
        return items.Count == 0 ? null : context.Display("/Views/Fields/ContentPickerField.cshtml", new ContentPickerFieldDisplay(context.Label(), items, context.Prefix));
    }

    private static bool Allowed(string[] types, string type) => types.Length == 0 || types.Contains(type, StringComparer.Ordinal);

    private static EditorSlot Editor(FieldContext context, IReadOnlyList<PickerCandidate> items, string? typed)
    {
        var settings = context.SettingsOf<ContentPickerFieldSettings>();
        return context.Editor("/Views/Fields/ContentPickerField.Edit.cshtml", new ContentPickerFieldEditor
        {
            Items = items,
            Add = typed,
            Multiple = settings.Multiple,
            Types = settings.DisplayedContentTypes,
        });
    }
}
