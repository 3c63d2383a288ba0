using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace UstaOrchard.Web.Hosting;

/// <summary>
/// A posted value that does not convert (<c>Input.RememberMe=maybe</c>) stays a validation error,
/// but its raw text is dropped from the model state: tag helpers then render from the model, where
/// the checkbox helper would have thrown parsing "maybe" as a bool. Wraps every simple-type binder.
/// </summary>
public sealed class ConversionErrorBinderProvider(IModelBinderProvider inner) : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
        => inner.GetBinder(context) is { } binder ? new Binder(binder) : null;

    private sealed class Binder(IModelBinder inner) : IModelBinder
    {
        public async Task BindModelAsync(ModelBindingContext context)
        {
            await inner.BindModelAsync(context);
            if (context.Result.IsModelSet || !context.ModelState.TryGetValue(context.ModelName, out var entry) || entry.Errors.Count == 0) return;
            entry.RawValue = null;
            entry.AttemptedValue = null;
        }
    }
}
