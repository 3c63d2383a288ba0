using Microsoft.EntityFrameworkCore;

namespace UstaOrchard.Core.Data;

/// <summary>
/// Adds a module's tables (its index tables, its records) to the one database model.
/// Register with <c>services.AddDbModel&lt;T&gt;()</c> in the module's Startup.
/// </summary>
public interface IDbModelContributor
{
    void Configure(ModelBuilder modelBuilder);
}
