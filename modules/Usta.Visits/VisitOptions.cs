using Microsoft.Extensions.Configuration;

namespace Usta.Visits;

/// <summary>Configuration of the counter's machinery (<c>Visits:…</c>); what readers see is in <see cref="VisitSettings"/>.</summary>
public sealed record VisitOptions(TimeSpan FlushInterval, TimeSpan OnlineWindow)
{
    /// <summary>A node row older than this no longer adds to "online now": the node stopped or lost the database.</summary>
    public TimeSpan NodeFreshness => TimeSpan.FromTicks(Math.Max(TimeSpan.FromSeconds(30).Ticks, FlushInterval.Ticks * 3));

    public static VisitOptions From(IConfiguration configuration)
    {
        var flush = configuration.GetValue("Visits:FlushIntervalMilliseconds", 5000);
        var online = configuration.GetValue("Visits:OnlineWindowSeconds", 300);
        return new VisitOptions(TimeSpan.FromMilliseconds(Math.Clamp(flush, 50, 600_000)), TimeSpan.FromSeconds(Math.Clamp(online, 10, 3600)));
    }
}
