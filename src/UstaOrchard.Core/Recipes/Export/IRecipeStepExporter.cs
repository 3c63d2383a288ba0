namespace UstaOrchard.Core.Recipes.Export;

/// <summary>
/// The export side of a recipe step: writes the step (or steps) a module's <see cref="IRecipeStepHandler"/>
/// applies, from what the site holds. Register with <c>services.AddRecipeStepExporter&lt;T&gt;()</c>; the
/// exporter writes the recipe's steps in <see cref="Order"/> and skips those the options leave out.
/// </summary>
public interface IRecipeStepExporter
{
    /// <summary>The step it writes (its handler's <see cref="IRecipeStepHandler.Name"/>).</summary>
    string StepName { get; }

    /// <summary>Where the step goes: definitions before content, content before media that it names.</summary>
    int Order { get; }

    /// <summary>
    /// Called on every exporter before any writes, in order: a later step may ask here to hear of each
    /// exported item (<see cref="RecipeExportContext.OnContentItem"/>).
    /// </summary>
    void Prepare(RecipeExportContext context)
    {
    }

    /// <summary>
    /// Writes zero or more whole step objects (<c>{"name": …, …}</c>) into <see cref="RecipeExportContext.Writer"/>,
    /// and a one-line summary through <see cref="RecipeExportContext.Summarise"/>.
    /// </summary>
    Task ExportAsync(RecipeExportContext context);
}
