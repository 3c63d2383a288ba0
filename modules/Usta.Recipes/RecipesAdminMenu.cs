using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Admin;

namespace Usta.Recipes;

public sealed class RecipesAdminMenu(IStringLocalizer<RecipesStartup> S) : IAdminMenuProvider
{
    public Task BuildAsync(AdminMenuItem root, CancellationToken ct)
    {
        var group = root.Item(AdminMenuGroups.System);
        group.Add("recipes", S["Recipes"], "/Admin/Recipes", 0, RecipesStartup.ApplyRecipesPolicy);
        group.Add("recipes-export", S["Export"], "/Admin/Recipes/Export", 10, RecipesStartup.ApplyRecipesPolicy);
        group.Add("recipes-history", S["History"], "/Admin/Recipes/History", 20, RecipesStartup.ApplyRecipesPolicy);
        return Task.CompletedTask;
    }
}
