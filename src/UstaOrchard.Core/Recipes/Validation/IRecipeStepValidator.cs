using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;

namespace UstaOrchard.Core.Recipes.Validation;

/// <summary>
/// Checks one kind of recipe step (matched by <see cref="Name"/>, without regard to case) before any
/// step runs, reporting every problem through <see cref="RecipeStepCheck.Report"/> rather than throwing.
/// Register with <c>services.AddRecipeStepValidator&lt;T&gt;()</c>, next to the step's handler.
/// </summary>
public interface IRecipeStepValidator
{
    string Name { get; }

    /// <summary>Checks the step's own fields (its <c>data</c> list, if any, comes item by item to <see cref="ValidateItem"/>).</summary>
    Task ValidateStepAsync(RecipeStepCheck step, CancellationToken ct) => Task.CompletedTask;

    /// <summary>Checks one item of the step's data list, as written (expressions not evaluated).</summary>
    void ValidateItem(RecipeStepCheck step, JsonNode? item, RecipeItemPlace place) { }
}

/// <summary>Where one data item is: its index, and its line and column in the recipe file when known.</summary>
public sealed record RecipeItemPlace(int Index, long? Line, long? Column)
{
    public string Label => $"data[{Index}]";
}

public static class RecipeValidationServiceCollectionExtensions
{
    public static IServiceCollection AddRecipeStepValidator<TValidator>(this IServiceCollection services)
        where TValidator : class, IRecipeStepValidator
        => services.AddScoped<IRecipeStepValidator, TValidator>();

    /// <summary>The validator and Core's own steps' validators.</summary>
    public static IServiceCollection AddRecipeValidation(this IServiceCollection services)
    {
        services.AddScoped<RecipeValidator>();
        services.AddSingleton<ContentItemReferences>();
        services.AddRecipeStepValidator<ContentDefinitionStepValidator>();
        services.AddRecipeStepValidator<ReplaceContentDefinitionStepValidator>();
        services.AddRecipeStepValidator<ContentStepValidator>();
        services.AddRecipeStepValidator<SettingsStepValidator>();
        return services;
    }
}
