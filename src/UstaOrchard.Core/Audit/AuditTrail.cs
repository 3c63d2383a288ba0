namespace UstaOrchard.Core.Audit;

/// <summary>
/// One thing that happened, for the audit trail (Orchard's AuditTrail event). <see cref="Category"/>
/// and <see cref="Name"/> come from <see cref="AuditEvents"/>. Who and from where default to the
/// current request's user and address; a caller that knows better (a failed sign-in names the user
/// name typed) sets <see cref="UserName"/>.
/// </summary>
public sealed record AuditEvent(string Category, string Name)
{
    /// <summary>What the event is about, for the list: an item's title, a user's or role's name.</summary>
    public string? Subject { get; init; }

    public string? ContentItemId { get; init; }
    public string? ContentItemVersionId { get; init; }
    public string? ContentType { get; init; }

    /// <summary>A short, plain-text detail (which roles were added, which settings tab changed).</summary>
    public string? Details { get; init; }

    /// <summary>Who acted; null means the signed-in user of the request (or nobody: a recipe on the command line).</summary>
    public string? UserName { get; init; }

    /// <summary>From which address; null means the request's remote address.</summary>
    public string? RemoteAddress { get; init; }
}

/// <summary>The categories and names of audit events. Names are stable: they are stored and filtered on.</summary>
public static class AuditEvents
{
    public const string Content = "Content";
    public const string ContentCreated = "Created";
    public const string ContentSaved = "Saved";
    public const string ContentPublished = "Published";
    public const string ContentUnpublished = "Unpublished";
    public const string ContentDeleted = "Deleted";
    public const string ContentRestored = "Restored";

    public const string SignIn = "SignIn";
    public const string SignedIn = "SignedIn";
    public const string SignInFailed = "SignInFailed";
    public const string LockedOut = "LockedOut";
    public const string SignedOut = "SignedOut";
    public const string TwoFactorEnabled = "TwoFactorEnabled";
    public const string TwoFactorDisabled = "TwoFactorDisabled";
    public const string RecoveryCodeUsed = "RecoveryCodeUsed";

    public const string User = "User";
    public const string UserCreated = "Created";
    public const string UserUpdated = "Updated";
    public const string UserRolesChanged = "RolesChanged";
    public const string UserDisabled = "Disabled";
    public const string UserEnabled = "Enabled";
    public const string UserPasswordReset = "PasswordReset";
    public const string UserPasswordChanged = "PasswordChanged";
    public const string UserUnlocked = "Unlocked";
    public const string UserDeleted = "Deleted";

    public const string Role = "Role";
    public const string RoleCreated = "Created";
    public const string RoleDeleted = "Deleted";
    public const string RolePermissionsChanged = "PermissionsChanged";

    public const string Settings = "Settings";
    public const string SettingsChanged = "Changed";

    public const string Recipe = "Recipe";
    public const string RecipeApplied = "Applied";
    public const string RecipeFailed = "Failed";
    public const string RecipeExported = "Exported";
}

/// <summary>
/// Appends to the audit trail. The record joins the caller's open database transaction when there is
/// one (a content change and its record commit or roll back together) and is written at once
/// otherwise (a failed sign-in). Usta.AuditTrail implements it; without that module nothing is kept.
/// </summary>
public interface IAuditTrail
{
    Task RecordAsync(AuditEvent auditEvent, CancellationToken ct = default);
}

/// <summary>The trail of a site without the audit module: events are dropped.</summary>
public sealed class NullAuditTrail : IAuditTrail
{
    public Task RecordAsync(AuditEvent auditEvent, CancellationToken ct = default) => Task.CompletedTask;
}
