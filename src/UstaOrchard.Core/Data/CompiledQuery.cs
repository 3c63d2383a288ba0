using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace UstaOrchard.Core.Data;

/// <summary>
/// An EF compiled query for a query asked thousands of times in a row (every item of a recipe), kept
/// per model: EF binds a compiled query to the first model it runs with, and one process may hold
/// several (the tests run SQLite and PostgreSQL sites side by side).
/// </summary>
public sealed class CompiledQuery<TQuery>(Func<TQuery> compile) where TQuery : Delegate
{
    private readonly ConditionalWeakTable<IModel, TQuery> _byModel = new();

    public TQuery For(DbContext db) => _byModel.GetValue(db.Model, _ => compile());
}
