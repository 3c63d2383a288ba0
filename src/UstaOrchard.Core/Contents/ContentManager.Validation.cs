namespace UstaOrchard.Core.Contents;

// Validation: every handler's rules, collected before anything is written.
public sealed partial class ContentManager
{
    /// <summary>
    /// Asks every handler what <paramref name="item"/> breaks and refuses it with all the errors at
    /// once. Thrown, so the transaction rolls back; an editor's save turns it into an Invalid result.
    /// </summary>
    private async Task ValidateAsync(ContentItem item, CancellationToken ct)
    {
        var context = new ContentValidateContext(item, ct);
        foreach (var handler in _handlers) await handler.ValidatingAsync(context);
        if (context.Errors.Count > 0) throw new ContentValidationException(context.Errors);
    }
}
