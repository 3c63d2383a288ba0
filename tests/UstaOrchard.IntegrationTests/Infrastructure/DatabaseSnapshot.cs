using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Usta.Articles;
using Usta.Bulletins;
using Usta.Contents;
using Usta.Users;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;

namespace UstaOrchard.IntegrationTests.Infrastructure;

/// <summary>Everything a recipe can change, as one text: equal snapshots mean nothing changed.</summary>
public static class DatabaseSnapshot
{
    public static Task<string> TakeAsync(TestSite site) => site.InScopeAsync(sp => TakeAsync(sp));

    public static async Task<string> TakeAsync(IServiceProvider services)
    {
        var db = services.GetRequiredService<UstaDbContext>();
        var text = new StringBuilder();
        foreach (var item in await db.ContentItems.AsNoTracking().OrderBy(x => x.Id).ToListAsync())
            text.AppendLine($"{item.Id} {item.ContentItemId} {item.ContentItemVersionId} {item.Latest} {item.Published} {item.ConcurrencyStamp} {item.ModifiedUtc:O} {item.Content.ToJsonString()}");
        foreach (var definition in await db.ContentDefinitions.AsNoTracking().OrderBy(x => x.Kind).ThenBy(x => x.Name).ToListAsync())
            text.AppendLine($"{definition.Kind} {definition.Name} {definition.Json}");
        foreach (var settings in await db.SiteSettings.AsNoTracking().ToListAsync())
            text.AppendLine($"settings {settings.ConcurrencyStamp} {settings.Json}");
        await Rows<AutorouteIndex>(db, text, x => $"{x.Path} {x.Published} {x.Latest}");
        await Rows<ArticleIndex>(db, text, x => $"{x.PublishedUtc:O} {x.Featured}");
        await Rows<ArticleCategoryIndex>(db, text, x => x.CategoryId);
        await Rows<BulletinIndex>(db, text, x => $"{x.Year} {x.Number}");
        await Rows<CategoryIndex>(db, text, x => x.Title);
        await Rows<LinkIndex>(db, text, x => x.Url);
        foreach (var user in await db.Set<UstaUser>().AsNoTracking().OrderBy(u => u.UserName).ToListAsync())
            text.AppendLine($"user {user.UserName} {user.ConcurrencyStamp} {user.PasswordHash}");
        foreach (var role in await db.Set<IdentityRole>().AsNoTracking().OrderBy(r => r.Name).ToListAsync())
            text.AppendLine($"role {role.Name} {role.ConcurrencyStamp}");
        text.AppendLine($"role claims {await db.Set<IdentityRoleClaim<string>>().CountAsync()}, user roles {await db.Set<IdentityUserRole<string>>().CountAsync()}");
        return text.ToString();
    }

    private static async Task Rows<T>(UstaDbContext db, StringBuilder text, Func<T, string> describe) where T : ContentIndex
    {
        foreach (var row in await db.Set<T>().AsNoTracking().OrderBy(x => x.ContentItemVersionId).ThenBy(x => x.Id).ToListAsync())
            text.AppendLine($"{typeof(T).Name} {row.ContentItemVersionId} {row.Latest} {row.Published} {describe(row)}");
    }
}
