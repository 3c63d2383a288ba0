using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Usta.Contents.Editing;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Definitions;
using UstaOrchard.Core.Security;

namespace Usta.Contents.Areas.Usta.Contents.Pages.Admin.Contents;

/// <summary>A new item of a creatable type: its drivers' editors, saved as a draft or published at once.</summary>
public sealed class CreateModel(ContentManager contents, ContentEditor editor, ContentDefinitionManager definitions,
    IStringLocalizer<ContentsStartup> S) : EditorPageModel
{
    public ContentEditorModel Editor { get; private set; } = null!;
    public bool CanPublish { get; private set; }

    [TempData]
    public string? Status { get; set; }

    public async Task<IActionResult> OnGetAsync(string type, CancellationToken ct)
    {
        var definition = await CreatableTypeAsync(type, ct);
        if (definition is null) return NotFound();
        if (!MayCreate(definition)) return Forbid();
        Editor = (await editor.BuildEditorAsync(contents.New(definition.Name), new EditorRequest(User, true, ct)))!;
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(string type, CancellationToken ct) => SaveAsync(type, publish: false, ct);

    public Task<IActionResult> OnPostPublishAsync(string type, CancellationToken ct) => SaveAsync(type, publish: true, ct);

    private async Task<IActionResult> SaveAsync(string type, bool publish, CancellationToken ct)
    {
        var definition = await CreatableTypeAsync(type, ct);
        if (definition is null) return NotFound();
        if (!MayCreate(definition) || (publish && !CanPublish)) return Forbid();

        var item = contents.New(definition.Name);
        item.Owner = User.OwnerName();
        item.Author = User.OwnerName();
        Editor = (await editor.UpdateEditorAsync(item, this, new EditorRequest(User, true, ct)))!;
        if (!ModelState.IsValid) return Page();

        var saved = await contents.TryCreateAsync(item, publish, ct);
        if (!saved.Succeeded)
        {
            ContentForm.AddErrors(ModelState, Editor, saved.ValidationErrors);
            return Page();
        }
        Status = publish ? S["Published."] : S["Draft saved."];
        return RedirectToPage("Edit", new { id = saved.ContentItem!.ContentItemId });
    }

    private async Task<ContentTypeDefinition?> CreatableTypeAsync(string type, CancellationToken ct)
        => await definitions.GetTypeAsync(type, ct) is { TypeSettings.Creatable: true } definition ? definition : null;

    private bool MayCreate(ContentTypeDefinition definition)
    {
        CanPublish = User.Can(ContentPermissions.PublishContent, definition.Name, owned: true);
        return User.Can(ContentPermissions.EditContent, definition.Name, owned: true);
    }
}
