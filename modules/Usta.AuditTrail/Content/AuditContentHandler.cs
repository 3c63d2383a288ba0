using UstaOrchard.Core.Audit;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Recipes;

namespace Usta.AuditTrail.Content;

/// <summary>
/// Records what editors do to content, each with the version it made or touched. Changes a recipe
/// makes are left out (<see cref="RecipeScope"/>): the run is recorded once, as a recipe event, rather
/// than one row per item of a recipe that may bring 10,000 articles.
/// </summary>
public sealed class AuditContentHandler(IAuditTrail trail, RecipeScope recipe) : IContentHandler
{
    public Task CreatedAsync(ContentContext context) => RecordAsync(context, AuditEvents.ContentCreated);
    public Task UpdatedAsync(ContentContext context) => RecordAsync(context, AuditEvents.ContentSaved);
    public Task PublishedAsync(ContentContext context) => RecordAsync(context, AuditEvents.ContentPublished);
    public Task UnpublishedAsync(ContentContext context) => RecordAsync(context, AuditEvents.ContentUnpublished);
    public Task RemovedAsync(ContentContext context) => RecordAsync(context, AuditEvents.ContentDeleted);
    public Task RestoredAsync(ContentContext context) => RecordAsync(context, AuditEvents.ContentRestored);

    private Task RecordAsync(ContentContext context, string name)
    {
        if (recipe.IsRecipe) return Task.CompletedTask;
        var item = context.ContentItem;
        return trail.RecordAsync(new AuditEvent(AuditEvents.Content, name)
        {
            Subject = item.DisplayText,
            ContentItemId = item.ContentItemId,
            ContentItemVersionId = item.ContentItemVersionId,
            ContentType = item.ContentType,
        }, context.CancellationToken);
    }
}
