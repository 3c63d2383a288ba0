using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Usta.Contents.Scheduling;

/// <summary><c>Content:Scheduler:IntervalSeconds</c>: how often each node looks for due publications (default 10).</summary>
public sealed record SchedulerOptions(TimeSpan Interval, int BatchSize = 50)
{
    public static SchedulerOptions From(IConfiguration configuration)
    {
        var text = configuration["Content:Scheduler:IntervalSeconds"];
        var seconds = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : 10;
        return new SchedulerOptions(TimeSpan.FromSeconds(seconds));
    }
}
