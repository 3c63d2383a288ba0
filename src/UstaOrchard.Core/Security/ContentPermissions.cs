namespace UstaOrchard.Core.Security;

/// <summary>
/// Orchard's content permissions: each verb for every type (<c>EditContent</c>) and for one type
/// (<c>EditContent_Article</c>), each with an "own" variant that covers only the items whose
/// <c>Owner</c> is the signed-in user. A held permission grants what it implies (see
/// <see cref="Grants"/>), so a role never needs the whole chain spelled out.
/// </summary>
public static class ContentPermissions
{
    public const string ViewContent = "ViewContent";
    public const string PreviewContent = "PreviewContent";
    public const string PreviewOwnContent = "PreviewOwnContent";
    public const string EditContent = "EditContent";
    public const string EditOwnContent = "EditOwnContent";
    public const string SubmitContent = "SubmitContent";
    public const string SubmitOwnContent = "SubmitOwnContent";
    public const string PublishContent = "PublishContent";
    public const string PublishOwnContent = "PublishOwnContent";
    public const string DeleteContent = "DeleteContent";
    public const string DeleteOwnContent = "DeleteOwnContent";

    /// <summary>Restore from the recycle bin or purge for good; Administrators by default.</summary>
    public const string ManageRecycleBin = "ManageRecycleBin";

    /// <summary>The verbs in the order the roles grid shows them; each has a per-type form.</summary>
    public static readonly IReadOnlyList<string> Verbs =
    [
        ViewContent, PreviewContent, PreviewOwnContent, EditContent, EditOwnContent, SubmitContent, SubmitOwnContent,
        PublishContent, PublishOwnContent, DeleteContent, DeleteOwnContent,
    ];

    // What holding a verb also allows. Publishing implies editing and submitting (the publisher
    // reviews), editing implies previewing and viewing, every verb implies its own "own" form.
    private static readonly Dictionary<string, string[]> Implies = new(StringComparer.Ordinal)
    {
        [PublishContent] = [PublishOwnContent, EditContent, EditOwnContent, SubmitContent, SubmitOwnContent, PreviewContent, PreviewOwnContent, ViewContent],
        [PublishOwnContent] = [EditOwnContent, SubmitOwnContent, PreviewOwnContent],
        [EditContent] = [EditOwnContent, PreviewContent, PreviewOwnContent, ViewContent],
        [EditOwnContent] = [PreviewOwnContent],
        [SubmitContent] = [SubmitOwnContent],
        [SubmitOwnContent] = [],
        [PreviewContent] = [PreviewOwnContent, ViewContent],
        [PreviewOwnContent] = [],
        [DeleteContent] = [DeleteOwnContent],
        [DeleteOwnContent] = [],
        [ViewContent] = [],
    };

    /// <summary><c>EditContent_Article</c>: the verb limited to one content type.</summary>
    public static string ForType(string verb, string contentType) => $"{verb}_{contentType}";

    /// <summary>The "own" form of a verb (<c>EditContent</c> → <c>EditOwnContent</c>); verbs without one stay.</summary>
    public static string Own(string verb) => verb switch
    {
        PreviewContent => PreviewOwnContent,
        EditContent => EditOwnContent,
        SubmitContent => SubmitOwnContent,
        PublishContent => PublishOwnContent,
        DeleteContent => DeleteOwnContent,
        _ => verb,
    };

    /// <summary>
    /// Whether a role holding <paramref name="held"/> may do <paramref name="required"/>. Both may be
    /// generic or per type; a generic one grants the same verb for every type, a per-type one only
    /// for its type. Names that are not content permissions grant only themselves.
    /// </summary>
    public static bool Grants(string held, string required)
    {
        if (string.Equals(held, required, StringComparison.Ordinal)) return true;
        if (!TryParse(held, out var heldVerb, out var heldType) || !TryParse(required, out var requiredVerb, out var requiredType))
            return false;
        if (heldType is not null && !string.Equals(heldType, requiredType, StringComparison.Ordinal)) return false;
        return heldVerb == requiredVerb || Implies[heldVerb].Contains(requiredVerb);
    }

    /// <summary>Splits <c>EditOwnContent_Article</c> into its verb and type (null for the generic form).</summary>
    public static bool TryParse(string name, out string verb, out string? contentType)
    {
        contentType = null;
        verb = name;
        if (Implies.ContainsKey(name)) return true;
        var underscore = name.IndexOf('_');
        if (underscore <= 0 || underscore == name.Length - 1) return false;
        verb = name[..underscore];
        contentType = name[(underscore + 1)..];
        return Implies.ContainsKey(verb);
    }
}
