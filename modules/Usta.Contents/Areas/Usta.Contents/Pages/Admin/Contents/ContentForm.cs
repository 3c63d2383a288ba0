using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Usta.Contents.Editing;
using UstaOrchard.Core.Contents;

namespace Usta.Contents.Areas.Usta.Contents.Pages.Admin.Contents;

/// <summary>What the create and edit pages share: the editors, and a save's errors put beside their fields.</summary>
public static class ContentForm
{
    /// <summary>
    /// Puts the store's validation errors in ModelState under their editor's key; an error whose key
    /// no editor on the form has (or an item-wide one) goes to the form's summary.
    /// </summary>
    public static void AddErrors(ModelStateDictionary state, ContentEditorModel editors, IEnumerable<ContentValidationError> errors)
    {
        foreach (var error in errors)
        {
            var shown = error.Key.Length > 0 && editors.Editors.Any(e => error.Key == e.Model.Prefix || error.Key.StartsWith(e.Model.Prefix + ".", StringComparison.Ordinal));
            state.AddModelError(shown ? error.Key : "", error.Message);
        }
    }

    public static string Conflict(IStringLocalizer S) => S["Someone else saved this item after you opened it, so your changes were not saved. Your text is still in the form below: open the newer version, bring your changes into it and save there."];
}
