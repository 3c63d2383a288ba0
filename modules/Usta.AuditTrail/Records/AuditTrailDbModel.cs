using Microsoft.EntityFrameworkCore;
using UstaOrchard.Core.Data;

namespace Usta.AuditTrail.Records;

/// <summary>
/// The AuditEvents table, created at start when missing. Each filter of the list page has an index
/// that ends with (Utc, Id), the page's order, so a filtered page reads its rows off the index in order
/// and stops after one page, however many rows the table holds.
/// </summary>
public sealed class AuditTrailDbModel : IDbModelContributor
{
    public const string Table = "AuditEvents";
    public const int NameLength = 32;
    public const int UserNameLength = 256;
    public const int AddressLength = 64;
    public const int SubjectLength = 256;
    public const int IdLength = 64;
    public const int DetailsLength = 2000;

    public void Configure(ModelBuilder modelBuilder)
    {
        var row = modelBuilder.Entity<AuditEventRecord>();
        row.ToTable(Table);
        row.HasKey(x => x.Id);
        row.Property(x => x.Category).HasMaxLength(NameLength).IsRequired();
        row.Property(x => x.Name).HasMaxLength(NameLength).IsRequired();
        row.Property(x => x.UserName).HasMaxLength(UserNameLength);
        row.Property(x => x.RemoteAddress).HasMaxLength(AddressLength);
        row.Property(x => x.Subject).HasMaxLength(SubjectLength);
        row.Property(x => x.ContentItemId).HasMaxLength(IdLength);
        row.Property(x => x.ContentItemVersionId).HasMaxLength(IdLength);
        row.Property(x => x.ContentType).HasMaxLength(IdLength);
        row.Property(x => x.Details).HasMaxLength(DetailsLength);
        // Short names: PostgreSQL cuts identifiers at 63 bytes.
        row.HasIndex(x => new { x.Utc, x.Id }, "IX_AuditEvents_Utc");
        row.HasIndex(x => new { x.UserName, x.Utc, x.Id }, "IX_AuditEvents_User");
        row.HasIndex(x => new { x.Category, x.Name, x.Utc, x.Id }, "IX_AuditEvents_Event");
        row.HasIndex(x => new { x.ContentItemId, x.Utc, x.Id }, "IX_AuditEvents_Item");
    }
}
