using System.Security.Claims;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Security;

namespace Usta.Contents.Listing;

public enum ContentBulkAction
{
    Publish,
    Unpublish,
    Delete,
}

public sealed record ContentBulkOutcome(int Done, int Refused, int Missing)
{
    public string Describe(ContentBulkAction action, IStringLocalizer S)
    {
        var done = action switch
        {
            ContentBulkAction.Publish => S["{0} published", Done],
            ContentBulkAction.Unpublish => S["{0} unpublished", Done],
            _ => S["{0} moved to the recycle bin", Done],
        };
        var parts = new List<string> { done };
        if (Refused > 0) parts.Add(S["{0} refused (no permission)", Refused]);
        if (Missing > 0) parts.Add(S["{0} not changed", Missing]);
        return string.Join(", ", parts) + ".";
    }
}

/// <summary>
/// The list's bulk actions: each selected item is checked with the user's permission for that item
/// on its own, so a crafted selection cannot reach an item the user may not touch.
/// </summary>
public sealed class ContentBulkActions(ContentManager contents, ILogger<ContentBulkActions> logger)
{
    /// <summary>More than a page of the list is not something the form sends.</summary>
    public const int MaxItems = 100;

    public static ContentBulkAction? Parse(string? action) => action switch
    {
        "publish" => ContentBulkAction.Publish,
        "unpublish" => ContentBulkAction.Unpublish,
        "delete" => ContentBulkAction.Delete,
        _ => null,
    };

    public async Task<ContentBulkOutcome> ApplyAsync(ContentBulkAction action, IEnumerable<string> ids, ClaimsPrincipal user, CancellationToken ct)
    {
        int done = 0, refused = 0, missing = 0;
        foreach (var id in ids.Where(i => i is { Length: > 0 and <= 26 }).Distinct(StringComparer.Ordinal).Take(MaxItems))
        {
            var item = await contents.GetAsync(id, VersionOptions.Latest, ct);
            if (item is null) { missing++; continue; }
            var verb = action == ContentBulkAction.Delete ? ContentPermissions.DeleteContent : ContentPermissions.PublishContent;
            if (!user.Can(verb, item)) { refused++; continue; }
            var ok = action switch
            {
                ContentBulkAction.Publish => (await contents.PublishAsync(id, ct)).Succeeded,
                ContentBulkAction.Unpublish => await contents.UnpublishAsync(id, ct),
                _ => await contents.RemoveAsync(id, ct),
            };
            if (ok) done++;
            else missing++;
        }
        logger.LogInformation("Bulk {Action} by {User}: {Done} done, {Refused} refused, {Missing} not found", action, user.OwnerName(), done, refused, missing);
        return new ContentBulkOutcome(done, refused, missing);
    }
}
