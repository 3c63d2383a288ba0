using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Usta.Contents.Editing;

public static class EditorErrors
{
    /// <summary>The messages under <paramref name="prefix"/> and its properties (<c>Article.Lead</c>, <c>Article.Lead.Text</c>).</summary>
    public static IReadOnlyList<string> ErrorsFor(this ModelStateDictionary state, string prefix)
        => state.Where(e => e.Key == prefix || e.Key.StartsWith(prefix + ".", StringComparison.Ordinal))
            .SelectMany(e => e.Value?.Errors ?? [])
            .Select(e => e.ErrorMessage)
            .Where(m => m.Length > 0)
            .Distinct()
            .ToList();

    /// <summary>The id of an editor's error list, for its inputs' <c>aria-describedby</c>.</summary>
    public static string ErrorsId(this EditorModel model) => model.Id + "-errors";
}

/// <summary>
/// <c>&lt;editor-errors model="@Model" /&gt;</c>: the editor's errors beside it, announced to screen
/// readers; nothing when there are none.
/// </summary>
[HtmlTargetElement("editor-errors", TagStructure = TagStructure.WithoutEndTag)]
public sealed class EditorErrorsTagHelper : TagHelper
{
    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; } = null!;

    public EditorModel Model { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var errors = ViewContext.ModelState.ErrorsFor(Model.Prefix);
        if (errors.Count == 0)
        {
            output.SuppressOutput();
            return;
        }
        output.TagName = "ul";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("id", Model.ErrorsId());
        output.Attributes.SetAttribute("class", "field-errors");
        output.Attributes.SetAttribute("role", "alert");
        foreach (var error in errors)
            output.Content.AppendHtml("<li>").Append(error).AppendHtml("</li>");
    }
}
