using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Recipes.Export;

namespace Usta.Contents.Scheduling;

/// <summary><c>ScheduledPublications</c>: the plans of the exported types, as <see cref="ScheduledPublicationsStep"/> applies them.</summary>
public sealed class ScheduledPublicationsExporter(UstaDbContext db, IStringLocalizer<ContentsStartup> S) : IRecipeStepExporter
{
    public string StepName => "ScheduledPublications";

    // After the content, whose items the plans name.
    public int Order => 55;

    public async Task ExportAsync(RecipeExportContext context)
    {
        if (context.Options.ContentTypes is { Count: 0 }) return;
        var plans = (await db.Set<ScheduledPublicationRecord>().AsNoTracking().OrderBy(x => x.Id).ToListAsync(context.CancellationToken))
            .Where(p => context.Options.ExportsType(p.ContentType)).ToList();
        if (plans.Count == 0) return;
        var writer = context.Writer;
        writer.WriteStartObject();
        writer.WriteString("name", StepName);
        writer.WriteStartArray("Items");
        foreach (var plan in plans)
        {
            writer.WriteStartObject();
            writer.WriteString("ContentItemId", plan.ContentItemId);
            writer.WriteString("ContentItemVersionId", plan.ContentItemVersionId);
            if (plan.VersionModifiedUtc is { } modified) writer.WriteString("VersionModifiedUtc", Utc(modified));
            writer.WriteString("PublishUtc", Utc(plan.PublishUtc));
            writer.WriteString("ScheduledBy", plan.ScheduledBy);
            writer.WriteString("ScheduledUtc", Utc(plan.ScheduledUtc));
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
        context.Summarise(StepName, S["{0} planned publications", plans.Count]);
    }

    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
}
