namespace UstaOrchard.Core.Contents;

/// <summary>
/// Work on an item that needs the item alone (no database, no request, no scoped service), so it may
/// run on another thread ahead of the save: a recipe's Content step prepares the next items while it
/// saves one. A preparer only makes the save's handlers cheaper; they must store the same item whether
/// or not it ran (a prepared value is recognised by identity, never trusted by its content).
/// Implementations are singletons and thread-safe.
/// </summary>
public interface IContentPreparer
{
    void Prepare(ContentItem item);
}
