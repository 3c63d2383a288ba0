using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Usta.Media.Picker;
using UstaOrchard.Core.Contents;

namespace Usta.Media.Areas.Usta.Media.Pages.Admin.Media;

/// <summary>The media field picker on a page of its own: posts a MediaField and shows it back as stored JSON.</summary>
public sealed class PickerModel(MediaFieldRules rules) : PageModel
{
    [BindProperty]
    public MediaField Field { get; set; } = new();

    [TempData]
    public string? FieldJson { get; set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public void OnGet()
    {
        if (FieldJson is not null) Field = JsonSerializer.Deserialize<MediaField>(FieldJson, ContentJson.Options) ?? new MediaField();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Field = MediaFieldRules.Clean(Field);
        Errors = await rules.CheckAsync(Field, ct);
        if (Errors.Count > 0 || !ModelState.IsValid) return Page();
        FieldJson = JsonSerializer.Serialize(Field, ContentJson.Options);
        return RedirectToPage();
    }
}
