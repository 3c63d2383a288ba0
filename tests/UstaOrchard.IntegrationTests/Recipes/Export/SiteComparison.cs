using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Usta.Contents;
using Usta.Contents.Scheduling;
using Usta.Search.Indexing;
using Usta.Users;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Media;
using UstaOrchard.Core.Settings;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Recipes.Export;

/// <summary>What a backup must restore, one text line per thing, so that two sites compare with Assert.Equal.</summary>
public sealed record SiteComparison(
    IReadOnlyList<string> Versions, IReadOnlyList<string> Routes, IReadOnlyList<string> Plans, IReadOnlyList<string> Definitions,
    string Settings, IReadOnlyList<string> Roles, IReadOnlyList<string> Users, IReadOnlyList<string> Indexes, IReadOnlyList<string> Media)
{
    public static Task<SiteComparison> TakeAsync(TestSite site) => site.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<UstaDbContext>();
        var versions = (await db.ContentItems.AsNoTracking().ToListAsync())
            .OrderBy(x => x.ContentItemId, StringComparer.Ordinal).ThenBy(x => x.ContentItemVersionId, StringComparer.Ordinal)
            .Select(x => ContentItemJson.ToJson(x).ToJsonString()).ToList();
        var routes = (await db.Set<AutorouteIndex>().AsNoTracking().ToListAsync())
            .Select(x => $"{x.ContentItemId} {x.Path} published={x.Published} latest={x.Latest}").Order(StringComparer.Ordinal).ToList();
        var plans = (await db.Set<ScheduledPublicationRecord>().AsNoTracking().ToListAsync())
            .Select(x => $"{x.ContentItemId} {x.ContentType} {x.ContentItemVersionId} {x.VersionModifiedUtc:O} {x.PublishUtc:O} {x.ScheduledBy} {x.ScheduledUtc:O}")
            .Order(StringComparer.Ordinal).ToList();
        var definitions = (await db.ContentDefinitions.AsNoTracking().ToListAsync())
            .Select(x => $"{x.Kind} {x.Name} {x.Json}").Order(StringComparer.Ordinal).ToList();

        var settings = await sp.GetRequiredService<SiteService>().GetAsync();
        settings.SetupCompletedUtc = null; // when each site was set up: its own
        // The order of the sections means nothing (a restore merges into the blank site's).
        settings.Sections = new System.Text.Json.Nodes.JsonObject(settings.Sections.OrderBy(s => s.Key, StringComparer.Ordinal)
            .Select(s => KeyValuePair.Create(s.Key, s.Value?.DeepClone())));
        var settingsText = JsonSerializer.Serialize(settings, ContentJson.Options);

        var roleManager = sp.GetRequiredService<RoleManager<IdentityRole>>();
        var roles = new List<string>();
        foreach (var role in await roleManager.Roles.AsNoTracking().OrderBy(r => r.Name).ToListAsync())
            roles.Add($"{role.Name}: " + string.Join(",", (await roleManager.GetClaimsAsync(role)).Select(c => $"{c.Type}={c.Value}").Order(StringComparer.Ordinal)));

        var userManager = sp.GetRequiredService<UserManager<UstaUser>>();
        var users = new List<string>();
        foreach (var user in await userManager.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync())
            users.Add($"{user.UserName} {user.Email} {user.EmailConfirmed} {user.DisplayName} {user.PasswordHash} {user.SecurityStamp} {user.LockoutEnabled} "
                      + string.Join(",", (await userManager.GetRolesAsync(user)).Order(StringComparer.Ordinal)));

        var indexes = (await sp.GetRequiredService<SearchIndexManager>().ListAsync(default))
            .Select(i => $"{i.Name} {i.AnalyzerName} {i.IndexLatest} {string.Join(",", i.IndexedContentTypes)}").ToList();

        var media = new List<string>();
        await ListMediaAsync(sp.GetRequiredService<IFileStore>(), "", media);
        return new SiteComparison(versions, routes, plans, definitions, settingsText, roles, users, indexes, media.Order(StringComparer.Ordinal).ToList());
    });

    private static async Task ListMediaAsync(IFileStore store, string folder, List<string> files)
    {
        foreach (var entry in (await store.ListAsync(folder, 0, int.MaxValue)).Entries)
        {
            if (entry.IsFolder)
            {
                await ListMediaAsync(store, entry.Path, files);
                continue;
            }
            await using var stream = (await store.OpenReadAsync(entry.Path))!;
            files.Add($"{entry.Path} {Convert.ToHexString(await SHA256.HashDataAsync(stream))}");
        }
    }
}
