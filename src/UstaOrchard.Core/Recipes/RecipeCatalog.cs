using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace UstaOrchard.Core.Recipes;

/// <summary>
/// Finds recipes by name (<c>usta-setup</c> → <c>usta-setup.recipe.json</c>) in the recipe folders, or by path.
/// The folders are the site's <c>recipes/</c> and one per module that ships recipes (<see cref="ModulesFolder"/>).
/// </summary>
public sealed class RecipeCatalog(IConfiguration configuration, IHostEnvironment environment)
{
    public const string FileSuffix = ".recipe.json";

    /// <summary>
    /// Where modules' recipes land in the output: a module ships <c>Recipes/*.recipe.json</c> copied to
    /// <c>recipes/modules/&lt;module&gt;/</c> (see Usta.Recipes.csproj), so two modules' names never collide on disk.
    /// </summary>
    public static string ModulesFolder => Path.Combine(AppContext.BaseDirectory, "recipes", "modules");

    public IReadOnlyList<string> Folders =>
        new[] { configuration["Setup:RecipesPath"], Path.Combine(AppContext.BaseDirectory, "recipes"), Path.Combine(environment.ContentRootPath, "recipes") }
            .Concat(Directory.Exists(ModulesFolder) ? Directory.EnumerateDirectories(ModulesFolder).Order(StringComparer.Ordinal) : [])
            .Where(f => !string.IsNullOrWhiteSpace(f) && Directory.Exists(f))
            .Select(f => Path.GetFullPath(f!))
            .Distinct()
            .ToList();

    /// <summary>The file for a recipe name or path; null when there is none.</summary>
    public string? Find(string nameOrPath)
    {
        if (File.Exists(nameOrPath)) return Path.GetFullPath(nameOrPath);
        var fileName = nameOrPath.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? nameOrPath : nameOrPath + FileSuffix;
        return Folders.Select(f => Path.Combine(f, fileName)).FirstOrDefault(File.Exists);
    }

    /// <summary>
    /// Every recipe the site ships, by name (the file name without <c>.recipe.json</c>): the first folder
    /// holding a name wins, as in <see cref="Find"/>. Only these names may be looked up from a request.
    /// </summary>
    public IReadOnlyList<(string Name, string File)> List()
    {
        var found = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var folder in Folders)
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*" + FileSuffix).Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(file)[..^FileSuffix.Length];
                if (name.Length > 0) found.TryAdd(name, file);
            }
        }
        return found.OrderBy(p => p.Key, StringComparer.OrdinalIgnoreCase).Select(p => (p.Key, p.Value)).ToList();
    }
}
