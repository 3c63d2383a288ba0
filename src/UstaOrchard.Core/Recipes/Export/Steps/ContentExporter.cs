using Microsoft.Extensions.Localization;
using Microsoft.EntityFrameworkCore;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;

namespace UstaOrchard.Core.Recipes.Export.Steps;

/// <summary>
/// <c>Content</c>: the chosen versions of the chosen types in the order they were stored, each in
/// Orchard's item shape with its flags, dates, owner and author. Read as a stream and written as it
/// goes, so 100,000 items cost the memory of one.
/// </summary>
public sealed class ContentExporter(UstaDbContext db, IStringLocalizer<ContentExporter> S) : IRecipeStepExporter
{
    public string StepName => "Content";
    public int Order => 50;

    public async Task ExportAsync(RecipeExportContext context)
    {
        var options = context.Options;
        if (options.ContentTypes is { Count: 0 }) return;
        var query = db.ContentItems.AsNoTracking();
        if (options.ContentTypes is { } types)
        {
            var list = types.ToList();
            query = query.Where(x => list.Contains(x.ContentType));
        }
        query = options.Versions switch
        {
            ContentExportVersions.Published => query.Where(x => x.Published),
            ContentExportVersions.PublishedAndDrafts => query.Where(x => x.Published || x.Latest),
            _ => query,
        };

        var writer = context.Writer;
        writer.WriteStartObject();
        writer.WriteString("name", StepName);
        writer.WriteStartArray("data");
        var count = 0;
        await foreach (var item in query.OrderBy(x => x.Id).AsAsyncEnumerable().WithCancellation(context.CancellationToken))
        {
            ContentItemJson.ToJson(item).WriteTo(writer, ContentJson.Options);
            context.ItemExported(item);
            count++;
            await context.FlushIfFullAsync();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
        context.Summarise(StepName, S["{0} content item versions", count]);
    }
}
