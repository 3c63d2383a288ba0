namespace Usta.Visits;

/// <summary>
/// The visitor counter's section of the site settings (the <c>Settings</c> step's
/// <c>"VisitSettings": {…}</c>). Off: nothing is counted and neither the block nor "Lượt xem" is shown.
/// </summary>
public sealed class VisitSettings
{
    public bool Enabled { get; set; } = true;

    /// <summary>Visits counted before this site (the old site's figure), added to the total shown.</summary>
    public long InitialTotal { get; set; }
}
