using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Usta.Contents.Editing.Drivers;

/// <summary>The accessibility attributes every editor's inputs share: invalid flag and what describes them.</summary>
public static class EditorAria
{
    public static string Invalid(this EditorModel model, ModelStateDictionary state)
        => state.ErrorsFor(model.Prefix).Count > 0 ? "true" : "false";

    /// <summary>The hint's and the error list's ids, or null (Razor then leaves the attribute out).</summary>
    public static string? DescribedBy(this EditorModel model, ModelStateDictionary state)
    {
        var ids = new[] { model.Hint is null ? null : model.Id + "-hint", state.ErrorsFor(model.Prefix).Count > 0 ? model.ErrorsId() : null }
            .Where(x => x is not null);
        var joined = string.Join(' ', ids);
        return joined.Length > 0 ? joined : null;
    }

    public static string Label(this FieldContext context) => context.Settings.DisplayName ?? context.Field.Name;
}
