using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;
using Usta.Media.Uploads;
using Usta.Recipes.Uploads;
using UstaOrchard.Core.Recipes;

namespace Usta.Recipes.Areas.Usta.Recipes.Pages.Admin.Recipes;

/// <summary>A recipe the site ships, as the list shows it; <see cref="Unreadable"/> when its file does not parse.</summary>
public sealed record ShippedRecipe(string Name, string DisplayName, string Description, IReadOnlyList<string> Tags, string Version,
    bool IsSetupRecipe, bool Unreadable);

/// <summary>
/// The recipes the site and its modules ship, each with its preview link, and the upload of a recipe
/// (.json, or .zip with recipe.json and its media). The upload is read as a stream, section by section,
/// like the media library's: the antiforgery token is the form's first field and is checked here.
/// </summary>
[Authorize(Policy = RecipesStartup.ApplyRecipesPolicy)]
[IgnoreAntiforgeryToken]
public sealed class IndexModel(RecipeCatalog catalog, RecipeUploads uploads, IAntiforgery antiforgery, IStringLocalizer<RecipesStartup> S) : PageModel
{
    public IReadOnlyList<ShippedRecipe> Recipes { get; private set; } = [];
    public string? Error { get; private set; }
    public string MaxUploadText => uploads.MaxUploadText;

    public async Task OnGetAsync(CancellationToken ct) => Recipes = await ListAsync(ct);

    // No parameters: binding one would make Razor Pages read (and buffer) the whole form first.
    public async Task<IActionResult> OnPostUploadAsync()
    {
        var ct = HttpContext.RequestAborted;
        UploadRequest.LimitBody(HttpContext, uploads.Options.MaxUploadBytes + UploadRequest.Overhead);
        if (Request.ContentLength > uploads.Options.MaxUploadBytes + UploadRequest.Overhead)
            return await RefuseAsync(uploads.TooLargeMessage, StatusCodes.Status413PayloadTooLarge, drain: false, ct);
        if (!UploadRequest.IsMultipart(Request, out var boundary))
            return await RefuseAsync(S["Send the file as a form upload (multipart/form-data)."], StatusCodes.Status400BadRequest, drain: false, ct);

        var reader = new MultipartReader(boundary, Request.Body);
        RecipeUploadOutcome? outcome = null;
        try
        {
            if (!await UploadRequest.ValidateTokenAsync(HttpContext, reader, antiforgery)) return BadRequest();
            for (var section = await reader.ReadNextSectionAsync(ct); section is not null && outcome is null; section = await reader.ReadNextSectionAsync(ct))
            {
                // A file input left empty still sends a section, with no name and no content.
                if (UploadRequest.FileName(section) is { Length: > 0 } fileName) outcome = await uploads.SaveAsync(fileName, section.Body, ct);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return await RefuseAsync(uploads.TooLargeMessage, StatusCodes.Status413PayloadTooLarge, drain: false, ct);
        }
        catch (Exception e) when (UploadRequest.IsMalformed(e, HttpContext))
        {
            return BadRequest();
        }

        if (outcome is null) return await RefuseAsync(S["Choose a recipe file (.json or .zip)."], StatusCodes.Status400BadRequest, drain: true, ct);
        if (outcome.Upload is null)
            return await RefuseAsync(outcome.Error!, outcome.TooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest, drain: true, ct);
        return SeeOther(Url.Page("Preview", new { upload = outcome.Upload.Id })!);
    }

    private async Task<IActionResult> RefuseAsync(string error, int status, bool drain, CancellationToken ct)
    {
        // What is left of the body is read (within its limit) so that the answer reaches the browser.
        if (drain) await UploadRequest.DrainAsync(HttpContext);
        Error = error;
        Recipes = await ListAsync(ct);
        Response.StatusCode = status;
        return Page();
    }

    private IActionResult SeeOther(string url)
    {
        Response.Headers.Location = url;
        return StatusCode(StatusCodes.Status303SeeOther);
    }

    private async Task<IReadOnlyList<ShippedRecipe>> ListAsync(CancellationToken ct)
    {
        var list = new List<ShippedRecipe>();
        foreach (var (name, file) in catalog.List())
        {
            try
            {
                var recipe = await Recipe.LoadAsync(file, ct);
                list.Add(new ShippedRecipe(name, recipe.DisplayName.Length > 0 ? recipe.DisplayName : name, recipe.Description, recipe.Tags,
                    recipe.Version, recipe.IsSetupRecipe, false));
            }
            catch (RecipeFormatException)
            {
                list.Add(new ShippedRecipe(name, name, "", [], "", false, true));
            }
        }
        return list;
    }
}
