using System.Diagnostics;
using Jint;

namespace UstaOrchard.Core.Recipes.Expressions;

/// <summary>
/// One time budget for all the scripts of a recipe. Jint's own timeout restarts with every script,
/// so a recipe of many slow expressions would never be stopped; this clock only runs while a
/// script runs and is never reset.
/// </summary>
public sealed class ScriptTimeBudget(TimeSpan budget) : Constraint
{
    private readonly Stopwatch _used = new();

    public bool IsSpent => _used.Elapsed >= budget;

    public TimeSpan Budget => budget;

    public void Start() => _used.Start();

    public void Stop() => _used.Stop();

    public override void Check()
    {
        if (IsSpent) throw new TimeoutException();
    }

    public override void Reset()
    {
    }
}
