using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Usta.AuditTrail.Records;
using UstaOrchard.Core.Data;

namespace UstaOrchard.IntegrationTests.AuditTrail;

/// <summary>The rows a test reads back from the AuditEvents table.</summary>
public static class AuditRows
{
    public static async Task<List<AuditEventRecord>> WhereAsync(IServiceProvider services, Func<IQueryable<AuditEventRecord>, IQueryable<AuditEventRecord>> filter)
    {
        await using var scope = services.CreateAsyncScope();
        var rows = scope.ServiceProvider.GetRequiredService<UstaDbContext>().Set<AuditEventRecord>().AsNoTracking();
        return await filter(rows).OrderBy(x => x.Id).ToListAsync();
    }

    public static Task<List<AuditEventRecord>> OfItemAsync(IServiceProvider services, string contentItemId)
        => WhereAsync(services, rows => rows.Where(x => x.ContentItemId == contentItemId));

    /// <summary>Adds rows as they would have been recorded (a test's own times, users and items).</summary>
    public static async Task AddAsync(IServiceProvider services, IEnumerable<AuditEventRecord> records)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<UstaDbContext>();
        db.Set<AuditEventRecord>().AddRange(records);
        await db.SaveChangesAsync();
    }
}
