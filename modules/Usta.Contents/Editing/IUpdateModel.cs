using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Usta.Contents.Editing;

/// <summary>
/// What a driver binds posted values through (Orchard's IUpdateModel): the page's model binder and
/// its ModelState. Errors go under the editor's prefix (<c>Article.Lead</c>) or a property of it
/// (<c>Article.Lead.Text</c>), so the form shows each next to its field.
/// </summary>
public interface IUpdateModel
{
    ModelStateDictionary ModelState { get; }

    Task<bool> TryUpdateModelAsync<TModel>(TModel model, string prefix) where TModel : class;
}

/// <summary>A Razor Page that drivers bind through: pass <c>this</c> as the updater.</summary>
public abstract class EditorPageModel : Microsoft.AspNetCore.Mvc.RazorPages.PageModel, IUpdateModel
{
    Task<bool> IUpdateModel.TryUpdateModelAsync<TModel>(TModel model, string prefix) => TryUpdateModelAsync(model, prefix);
}
