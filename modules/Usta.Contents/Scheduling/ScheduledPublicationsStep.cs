using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Recipes;

namespace Usta.Contents.Scheduling;

/// <summary>
/// <c>ScheduledPublications</c> (ours; Orchard keeps the plan in a part): <c>{ "Items": [ { "ContentItemId",
/// "ContentItemVersionId", "VersionModifiedUtc", "PublishUtc", "ScheduledBy", "ScheduledUtc" } ] }</c>, the
/// planned publications an export carries, so that a restored site publishes them when the original would.
/// It follows the <c>Content</c> step: each plan's item must exist by then.
/// </summary>
public sealed class ScheduledPublicationsStep(UstaDbContext db, IStringLocalizer<ContentsStartup> S) : IRecipeStepHandler
{
    public string Name => "ScheduledPublications";

    public async Task<string> ExecuteAsync(RecipeStepContext context)
    {
        if (context.Step.GetPropertyIgnoreCase("Items") is not JsonArray list)
            throw new RecipeStepException(S["the step has no \"Items\" list"]);
        var ct = context.CancellationToken;
        var count = 0;
        foreach (var node in list)
        {
            var json = node as JsonObject ?? throw new RecipeStepException(S["each planned publication must be an object"]);
            var id = json.GetString("ContentItemId");
            if (string.IsNullOrWhiteSpace(id)) throw new RecipeStepException(S["a planned publication has no \"ContentItemId\""]);
            var latest = await db.ContentItems.AsNoTracking().Where(x => x.ContentItemId == id && x.Latest)
                .Select(x => new { x.ContentType }).FirstOrDefaultAsync(ct)
                ?? throw new RecipeStepException(S["the content item is not in the site nor in the recipe's Content step"], id);
            DateTime? publishUtc, versionModifiedUtc, scheduledUtc;
            try
            {
                publishUtc = ContentItemJson.ReadDate(json, "PublishUtc");
                versionModifiedUtc = ContentItemJson.ReadDate(json, "VersionModifiedUtc");
                scheduledUtc = ContentItemJson.ReadDate(json, "ScheduledUtc");
            }
            catch (FormatException e)
            {
                throw new RecipeStepException(e.Message, id);
            }
            if (publishUtc is null) throw new RecipeStepException(S["a planned publication has no \"PublishUtc\""], id);

            var plan = await db.Set<ScheduledPublicationRecord>().FirstOrDefaultAsync(x => x.ContentItemId == id, ct);
            if (plan is null) db.Add(plan = new ScheduledPublicationRecord { ContentItemId = id });
            plan.ContentType = latest.ContentType;
            plan.ContentItemVersionId = json.GetString("ContentItemVersionId") ?? "";
            plan.VersionModifiedUtc = versionModifiedUtc;
            plan.PublishUtc = publishUtc.Value;
            plan.ScheduledBy = json.GetString("ScheduledBy") ?? "";
            plan.ScheduledUtc = scheduledUtc ?? publishUtc.Value;
            await db.SaveChangesAsync(ct);
            count++;
        }
        return S["{0} planned publications", count];
    }
}
