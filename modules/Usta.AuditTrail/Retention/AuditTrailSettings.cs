namespace Usta.AuditTrail.Retention;

/// <summary>The site settings section of the audit trail: how many days rows are kept.</summary>
public sealed class AuditTrailSettings
{
    public const int DefaultRetentionDays = 365;
    public const int MinRetentionDays = 1;
    public const int MaxRetentionDays = 3650;

    public int RetentionDays { get; set; } = DefaultRetentionDays;

    /// <summary>The stored value within bounds: a section edited by hand (or a recipe) cannot prune everything.</summary>
    public int EffectiveRetentionDays => Math.Clamp(RetentionDays, MinRetentionDays, MaxRetentionDays);
}
