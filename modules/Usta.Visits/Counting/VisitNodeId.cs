namespace Usta.Visits.Counting;

/// <summary>
/// This process's row in VisitNodes: the machine's name and a new GUID per start (a restarted node
/// is a new row; the old one stops being fresh, and is pruned a day later).
/// </summary>
public sealed record VisitNodeId(string Value)
{
    public static VisitNodeId New()
    {
        var machine = Environment.MachineName;
        if (machine.Length > 30) machine = machine[..30];
        return new VisitNodeId(machine + "-" + Guid.NewGuid().ToString("N"));
    }
}
