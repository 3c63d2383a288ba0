using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;

namespace Usta.Contents.Listing;

/// <summary>
/// Maps the terms of the latest version's taxonomy fields. Fields are found by their stored shape
/// (an object with <c>TermContentItemIds</c> inside a part), so a taxonomy field a recipe adds to
/// any type is indexed without code.
/// </summary>
public sealed class ContentTermIndexHandler(UstaDbContext db) : IContentHandler
{
    public async Task ChangedAsync(ContentContext context)
    {
        var id = context.ContentItem.ContentItemId;
        var latest = context.IsNewItem ? context.ContentItem : (await context.IndexedVersionsAsync()).FirstOrDefault(v => v.Latest);
        var terms = latest is null ? [] : TermsOf(latest).Distinct(StringComparer.Ordinal).ToList();
        if (!context.IsNewItem)
        {
            // Rows this context still tracks would clash with new rows that SQLite gives the same ids.
            foreach (var tracked in db.ChangeTracker.Entries<ContentTermIndex>().Where(e => e.Entity.ContentItemId == id).ToList())
                tracked.State = EntityState.Detached;
            await db.Set<ContentTermIndex>().Where(x => x.ContentItemId == id).ExecuteDeleteAsync(context.CancellationToken);
        }
        foreach (var term in terms) db.Add(new ContentTermIndex { ContentItemId = id, TermContentItemId = term });
    }

    public static IEnumerable<string> TermsOf(ContentItem item)
        => from part in item.Content.Select(p => p.Value).OfType<JsonObject>()
           from field in part.Select(f => f.Value).OfType<JsonObject>()
           where field["TermContentItemIds"] is JsonArray
           from term in field["TermContentItemIds"]!.AsArray()
           let value = term?.GetValueKind() == System.Text.Json.JsonValueKind.String ? term.GetValue<string>() : null
           where !string.IsNullOrEmpty(value) && value.Length <= 26
           select value;
}
