using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Text;

namespace Usta.Contents.Editing.Drivers;

public sealed class CategoryPartEditor : EditorModel
{
    public string? Order { get; set; }
    public string? ParentContentItemId { get; set; }
    public string? Description { get; set; }

    /// <summary>The categories that may be the parent: not this one, nor any under it.</summary>
    [BindNever]
    public IReadOnlyList<CategoryNode> Parents { get; set; } = [];
}

/// <summary>A category's place in the menus: order, parent (never itself or one of its own descendants), description.</summary>
public sealed class CategoryPartDriver(CategoryTree tree, ContentLimits limits, IStringLocalizer<ContentsStartup> S) : IContentPartDriver
{
    public string PartName => nameof(CategoryPart);

    public async Task<EditorSlot?> EditAsync(PartContext context)
    {
        var part = context.Item.As<CategoryPart>() ?? new CategoryPart();
        return await EditorAsync(context, new CategoryPartEditor
        {
            Order = part.Order.ToString(CultureInfo.InvariantCulture),
            ParentContentItemId = part.ParentContentItemId,
            Description = part.Description,
        });
    }

    public async Task<EditorSlot?> UpdateAsync(PartContext context, IUpdateModel updater)
    {
        var input = new CategoryPartEditor();
        await updater.TryUpdateModelAsync(input, context.Prefix);
        var parents = await ParentsAsync(context);
        var parent = string.IsNullOrWhiteSpace(input.ParentContentItemId) ? null : input.ParentContentItemId.Trim();
        var description = VietnameseText.Nfc(input.Description).Trim();
        var orderText = (input.Order ?? "").Trim();
        var order = 0;
        if (orderText.Length > 0 && !int.TryParse(orderText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out order))
            updater.ModelState.AddModelError($"{context.Prefix}.Order", S["The order must be a whole number."]);
        if (parent is not null && parents.All(p => p.ContentItemId != parent))
            updater.ModelState.AddModelError($"{context.Prefix}.ParentContentItemId", S["A category cannot sit under itself or under one of its own subcategories."]);
        if (description.Length > limits.FieldChars)
            updater.ModelState.AddModelError($"{context.Prefix}.Description", S["{0} is {1:N0} characters long; at most {2:N0} are allowed.", S["Description"], description.Length, limits.FieldChars]);

        context.Item.Alter<CategoryPart>(p =>
        {
            p.Order = order;
            p.ParentContentItemId = parent;
            p.Description = description.Length == 0 ? null : description;
        });
        input.Parents = parents;
        return context.Editor("/Views/Parts/CategoryPart.Edit.cshtml", input, S["Category"]);
    }

    public Task<DisplaySlot?> DisplayAsync(PartContext context) => Task.FromResult<DisplaySlot?>(null);

    private async Task<EditorSlot> EditorAsync(PartContext context, CategoryPartEditor model)
    {
        model.Parents = await ParentsAsync(context);
        return context.Editor("/Views/Parts/CategoryPart.Edit.cshtml", model, S["Category"]);
    }

    private async Task<IReadOnlyList<CategoryNode>> ParentsAsync(PartContext context)
    {
        var all = await tree.LoadAsync(context.CancellationToken);
        var excluded = CategoryTree.SelfAndDescendants(all, context.Item.ContentItemId);
        return all.Where(c => !excluded.Contains(c.ContentItemId)).ToList();
    }
}
