using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Data;

namespace Usta.Contents.Editing.Drivers;

public sealed class AutoroutePartEditor : EditorModel
{
    public string? Path { get; set; }

    [BindNever]
    public string? StoredPath { get; set; }
    [BindNever]
    public bool AllowCustomPath { get; set; }
}

/// <summary>
/// The item's public address. Shown always; editable only when the type's AutoroutePartSettings
/// allow custom paths. An empty path is made from the title by <see cref="AutoroutePartHandler"/>.
/// </summary>
public sealed class AutoroutePartDriver(UstaDbContext db, IStringLocalizer<ContentsStartup> S) : IContentPartDriver
{
    public string PartName => nameof(AutoroutePart);

    public Task<EditorSlot?> EditAsync(PartContext context)
    {
        var path = context.Item.As<AutoroutePart>()?.Path;
        return Task.FromResult<EditorSlot?>(Editor(context, path, path));
    }

    public async Task<EditorSlot?> UpdateAsync(PartContext context, IUpdateModel updater)
    {
        var stored = context.Item.As<AutoroutePart>()?.Path;
        if (!context.SettingsOf<AutoroutePartSettings>().AllowCustomPath)
        {
            // A new item's JSON has no part yet, and the handler makes a path only for an item that has one.
            if (context.Item.As<AutoroutePart>() is null) context.Item.Apply(new AutoroutePart());
            return Editor(context, stored, stored);
        }

        var input = new AutoroutePartEditor();
        await updater.TryUpdateModelAsync(input, context.Prefix);
        var typed = (input.Path ?? "").Trim().Trim('/');
        var path = AutoroutePartHandler.Normalise(typed);
        var key = AutoroutePartHandler.PathKey;
        if (typed.Length > AutoroutePartHandler.MaxPathLength)
            updater.ModelState.AddModelError(key, S["The address is {0:N0} characters long; at most {1:N0} are allowed.", typed.Length, AutoroutePartHandler.MaxPathLength]);
        else if (typed.Any(c => !(char.IsLetterOrDigit(c) || c is '-' or '_' or '/' or ' ')) || typed.Contains("//", StringComparison.Ordinal))
            updater.ModelState.AddModelError(key, S["The address may hold only letters, digits, '-' and '/' between its parts."]);
        else if (typed.Length > 0 && path.Length == 0)
            updater.ModelState.AddModelError(key, S["The address may hold only letters, digits, '-' and '/' between its parts."]);
        else if (path.Length > 0 && await db.Set<AutorouteIndex>().AnyAsync(x => x.Path == path && x.ContentItemId != context.Item.ContentItemId, context.CancellationToken))
            updater.ModelState.AddModelError(key, S["The address /{0} is used by another item. Choose another address.", path]);

        context.Item.Alter<AutoroutePart>(p => p.Path = path.Length == 0 ? null : path);
        return Editor(context, input.Path, stored);
    }

    public Task<DisplaySlot?> DisplayAsync(PartContext context) => Task.FromResult<DisplaySlot?>(null);

    private EditorSlot Editor(PartContext context, string? path, string? stored)
        => context.Editor("/Views/Parts/AutoroutePart.Edit.cshtml", new AutoroutePartEditor
        {
            Path = path,
            StoredPath = stored,
            AllowCustomPath = context.SettingsOf<AutoroutePartSettings>().AllowCustomPath,
        }, S["Address"]);
}
