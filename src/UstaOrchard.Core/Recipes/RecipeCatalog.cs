using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace UstaOrchard.Core.Recipes;

/// <summary>Finds recipes by name (<c>usta-setup</c> → <c>usta-setup.recipe.json</c>) in the recipe folders, or by path.</summary>
public sealed class RecipeCatalog(IConfiguration configuration, IHostEnvironment environment)
{
    public IReadOnlyList<string> Folders =>
        new[] { configuration["Setup:RecipesPath"], Path.Combine(AppContext.BaseDirectory, "recipes"), Path.Combine(environment.ContentRootPath, "recipes") }
            .Where(f => !string.IsNullOrWhiteSpace(f) && Directory.Exists(f))
            .Select(f => Path.GetFullPath(f!))
            .Distinct()
            .ToList();

    /// <summary>The file for a recipe name or path; null when there is none.</summary>
    public string? Find(string nameOrPath)
    {
        if (File.Exists(nameOrPath)) return Path.GetFullPath(nameOrPath);
        var fileName = nameOrPath.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? nameOrPath : nameOrPath + ".recipe.json";
        return Folders.Select(f => Path.Combine(f, fileName)).FirstOrDefault(File.Exists);
    }
}
