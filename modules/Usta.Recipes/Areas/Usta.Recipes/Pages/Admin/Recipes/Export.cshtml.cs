using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Definitions;
using UstaOrchard.Core.Recipes;
using UstaOrchard.Core.Recipes.Export;

namespace Usta.Recipes.Areas.Usta.Recipes.Pages.Admin.Recipes;

/// <summary>
/// Export of the site as a recipe: which types, which versions, definitions, settings, roles, users and media,
/// downloaded as a .zip (recipe and media files) or a plain recipe. The POST answers with the file, not a
/// redirect: it writes nothing on the site but the history's line.
/// </summary>
[Authorize(Policy = RecipesStartup.ApplyRecipesPolicy)]
public sealed class ExportModel(ContentDefinitionManager definitions, RecipeExporter exporter, IEnumerable<IRecipeAudit> audits,
    TimeProvider clock, IStringLocalizer<RecipesStartup> S) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<ContentTypeDefinition> Types { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Types = await definitions.ListTypesAsync(ct);
        Input.Types = Types.Select(t => t.Name).ToList();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Types = await definitions.ListTypesAsync(ct);
        var chosen = Input.Types.Distinct().ToList();
        foreach (var unknown in chosen.Where(c => Types.All(t => t.Name != c)))
            ModelState.AddModelError($"{nameof(Input)}.{nameof(InputModel.Types)}", S["There is no content type '{0}'.", unknown]);
        if (!ModelState.IsValid) return Page();

        var zip = Input.Format != "json";
        var name = $"usta-{clock.GetUtcNow().UtcDateTime:yyyyMMdd-HHmm}";
        var options = new RecipeExportOptions
        {
            Name = name,
            ContentTypes = chosen.Count == Types.Count ? null : chosen.ToHashSet(StringComparer.Ordinal),
            Versions = Input.Versions,
            ContentDefinitions = Input.Definitions,
            Settings = Input.Settings,
            Roles = Input.Roles,
            Users = Input.Users,
            Media = Input.Media,
        };

        // Written to a temporary file first: a failure shows a page instead of a cut-off download,
        // and the file goes away once it is sent.
        var path = Path.Combine(Path.GetTempPath(), $"usta-export-{Guid.NewGuid():N}");
        RecipeExportResult result;
        await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
            result = zip ? await exporter.WriteZipAsync(file, options, ct) : await exporter.WriteJsonAsync(file, options, ct);

        var entry = new RecipeAuditEntry(RecipeAuditAction.Export, name + (zip ? ".zip" : ".json"), User.Identity?.Name,
            HttpContext.Connection.RemoteIpAddress?.ToString(), clock.GetUtcNow().UtcDateTime, Succeeded: true, result.Summary);
        foreach (var audit in audits) await audit.RecordAsync(entry, ct);

        var download = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        return File(download, zip ? "application/zip" : "application/json", name + (zip ? ".zip" : ".json"));
    }

    public sealed class InputModel
    {
        public List<string> Types { get; set; } = [];
        public ContentExportVersions Versions { get; set; } = ContentExportVersions.PublishedAndDrafts;
        public bool Definitions { get; set; } = true;
        public bool Settings { get; set; } = true;
        public bool Roles { get; set; } = true;
        public bool Users { get; set; } = true;
        public MediaExportScope Media { get; set; } = MediaExportScope.Referenced;

        /// <summary>"zip" or "json".</summary>
        public string Format { get; set; } = "zip";
    }
}
