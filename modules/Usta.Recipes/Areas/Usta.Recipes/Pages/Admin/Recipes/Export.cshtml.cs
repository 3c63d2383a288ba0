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
    TimeProvider clock, IAuthorizationService authorization, IStringLocalizer<RecipesStartup> S) : PageModel
{
    /// <summary>Users' password hashes leave the site only for someone who may manage users.</summary>
    public bool CanExportUsers { get; private set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<ContentTypeDefinition> Types { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Types = await definitions.ListTypesAsync(ct);
        Input.Types = Types.Select(t => t.Name).ToList();
        CanExportUsers = (await authorization.AuthorizeAsync(User, global::Usta.Users.Permissions.ManageUsers)).Succeeded;
        Input.Users = Input.Users && CanExportUsers;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Types = await definitions.ListTypesAsync(ct);
        CanExportUsers = (await authorization.AuthorizeAsync(User, global::Usta.Users.Permissions.ManageUsers)).Succeeded;
        if (Input.Users && !CanExportUsers) return Forbid();
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
        // The file may hold password hashes: readable by this process's user only, and gone if the export fails.
        var path = Path.Combine(Path.GetTempPath(), $"usta-export-{Guid.NewGuid():N}");
        RecipeExportResult result;
        try
        {
            var create = new FileStreamOptions
            {
                Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None, BufferSize = 64 * 1024, Options = FileOptions.Asynchronous,
            };
            if (!OperatingSystem.IsWindows()) create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            await using (var file = new FileStream(path, create))
                result = zip ? await exporter.WriteZipAsync(file, options, ct) : await exporter.WriteJsonAsync(file, options, ct);
        }
        catch
        {
            System.IO.File.Delete(path);
            throw;
        }

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
