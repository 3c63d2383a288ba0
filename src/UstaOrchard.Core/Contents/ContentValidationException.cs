namespace UstaOrchard.Core.Contents;

/// <summary>
/// Thrown by a content handler when an item cannot be saved as it is (a duplicate bulletin number,
/// say). The message is for the person who saves: editors' forms show it, recipes name the item.
/// </summary>
public sealed class ContentValidationException(string message) : Exception(message);
