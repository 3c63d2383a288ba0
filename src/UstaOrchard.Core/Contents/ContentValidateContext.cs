namespace UstaOrchard.Core.Contents;

/// <summary>An item about to be saved, and the rules it breaks, collected from every handler.</summary>
public sealed class ContentValidateContext(ContentItem contentItem, CancellationToken cancellationToken)
{
    private readonly List<ContentValidationError> _errors = [];

    public ContentItem ContentItem { get; } = contentItem;
    public CancellationToken CancellationToken { get; } = cancellationToken;
    public IReadOnlyList<ContentValidationError> Errors => _errors;

    /// <param name="key">The editor's prefix of the field (<c>BulletinPart.Number</c>); empty for the whole item.</param>
    public void Error(string key, string message)
    {
        var error = new ContentValidationError(key, message);
        if (!_errors.Contains(error)) _errors.Add(error);
    }
}
