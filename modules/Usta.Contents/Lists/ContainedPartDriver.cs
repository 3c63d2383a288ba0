using Microsoft.EntityFrameworkCore;
using Usta.Contents.Editing;
using UstaOrchard.Core.Data;

namespace Usta.Contents.Lists;

public sealed record ContainedPartDisplay(string ListTitle, string Url);

/// <summary>
/// An item of a list (a blog post) links back to its list's page, when the list is published and has one.
/// The list is set by the recipe (Orchard's ContainedPart); nothing to edit here.
/// </summary>
public sealed class ContainedPartDriver(UstaDbContext db) : IContentPartDriver
{
    public string PartName => nameof(ContainedPart);

    public Task<EditorSlot?> EditAsync(PartContext context) => Task.FromResult<EditorSlot?>(null);

    public Task<EditorSlot?> UpdateAsync(PartContext context, IUpdateModel updater) => Task.FromResult<EditorSlot?>(null);

    public async Task<DisplaySlot?> DisplayAsync(PartContext context)
    {
        if (context.Item.As<ContainedPart>()?.ListContentItemId is not { Length: > 0 } list) return null;
        var found = await (
            from item in db.ContentItems
            where item.ContentItemId == list && item.Published
            join route in db.Set<AutorouteIndex>() on item.ContentItemVersionId equals route.ContentItemVersionId
            select new { item.DisplayText, route.Path }).AsNoTracking().FirstOrDefaultAsync(context.CancellationToken);
        return found is null ? null : context.Display("/Views/Parts/ContainedPart.cshtml", new ContainedPartDisplay(found.DisplayText, "/" + found.Path));
    }
}
