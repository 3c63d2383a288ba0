using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UstaOrchard.Core.Audit;
using UstaOrchard.Core.Data;

namespace Usta.AuditTrail.Records;

/// <summary>Turns an event into its row (every text cleaned and capped) and writes rows in a scope of their own.</summary>
public static class AuditRecords
{
    public static AuditEventRecord From(AuditEvent e, DateTime utc, string? userName, string? remoteAddress) => new()
    {
        Utc = DateTime.SpecifyKind(utc, DateTimeKind.Utc),
        Category = AuditText.Clean(e.Category, AuditTrailDbModel.NameLength) ?? "?",
        Name = AuditText.Clean(e.Name, AuditTrailDbModel.NameLength) ?? "?",
        UserName = AuditText.Clean(userName, AuditTrailDbModel.UserNameLength),
        RemoteAddress = AuditText.Clean(remoteAddress, AuditTrailDbModel.AddressLength),
        Subject = AuditText.Clean(e.Subject, AuditTrailDbModel.SubjectLength),
        ContentItemId = AuditText.Clean(e.ContentItemId, AuditTrailDbModel.IdLength),
        ContentItemVersionId = AuditText.Clean(e.ContentItemVersionId, AuditTrailDbModel.IdLength),
        ContentType = AuditText.Clean(e.ContentType, AuditTrailDbModel.IdLength),
        Details = AuditText.Clean(e.Details, AuditTrailDbModel.DetailsLength),
    };

    /// <summary>An address as people read it: an IPv4 client behind a dual-stack socket is shown as IPv4.</summary>
    public static string? Describe(IPAddress? address)
        => address is null ? null : (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString();

    /// <summary>Writes the row at once, on a connection of its own (outside any transaction of the caller).</summary>
    public static async Task WriteAsync(IServiceScopeFactory scopes, AuditEventRecord record, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<UstaDbContext>();
        db.Set<AuditEventRecord>().Add(record);
        await db.SaveChangesAsync(ct);
    }
}
