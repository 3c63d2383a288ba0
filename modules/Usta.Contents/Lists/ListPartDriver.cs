using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Usta.Contents.Editing;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Settings;

namespace Usta.Contents.Lists;

public sealed record ListedItem(string Title, string? Url, string? Date);

/// <summary>One page of a list: <paramref name="BasePath"/> is the list's own address, for the pager.</summary>
public sealed record ListPartDisplay(IReadOnlyList<ListedItem> Items, int Page, int PageCount, string BasePath)
{
    public string PageUrl(int page) => page <= 1 ? BasePath : $"{BasePath}?trang={page}";
}

/// <summary>
/// The list's page shows its published contained items, newest first, a page at a time
/// (<c>ListPartSettings.PageSize</c>). Nothing to edit: an item joins a list through its ContainedPart.
/// </summary>
public sealed class ListPartDriver(UstaDbContext db, SiteClock clock) : IContentPartDriver
{
    public const int DefaultPageSize = 10;
    private const int MaxPageSize = 100;

    public string PartName => nameof(ListPart);

    public Task<EditorSlot?> EditAsync(PartContext context) => Task.FromResult<EditorSlot?>(null);

    public Task<EditorSlot?> UpdateAsync(PartContext context, IUpdateModel updater) => Task.FromResult<EditorSlot?>(null);

    public async Task<DisplaySlot?> DisplayAsync(PartContext context)
    {
        var ct = context.CancellationToken;
        var size = Math.Clamp(context.SettingsOf<ListPartSettings>().PageSize, 1, MaxPageSize);
        var listed = db.Set<ContainedIndex>().AsNoTracking()
            .Where(x => x.ListContentItemId == context.Item.ContentItemId && x.Published);
        var count = await listed.CountAsync(ct);
        var pageCount = Math.Max(1, (count + size - 1) / size);
        // A page past the end is kept as asked: the page builder answers it with 404.
        var page = context.Request.Page;
        var rows = await listed.OrderByDescending(x => x.PublishedUtc).ThenBy(x => x.Order).ThenBy(x => x.Id)
            .Skip((page - 1) * size).Take(size).ToListAsync(ct);

        var items = new List<ListedItem>(rows.Count);
        foreach (var row in rows)
        {
            var date = row.PublishedUtc is { } utc
                ? (await clock.ToLocalAsync(utc, ct)).ToString(SiteClock.DateTimeFormat, CultureInfo.InvariantCulture)
                : null;
            items.Add(new ListedItem(row.Title, row.Path.Length > 0 ? "/" + row.Path : null, date));
        }
        var self = context.Item.As<AutoroutePart>()?.Path is { Length: > 0 } path ? "/" + path : "/";
        return context.Display("/Views/Parts/ListPart.cshtml", new ListPartDisplay(items, page, pageCount, self));
    }
}
