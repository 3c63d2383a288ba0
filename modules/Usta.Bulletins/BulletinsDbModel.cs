using Microsoft.EntityFrameworkCore;
using UstaOrchard.Core.Data;

namespace Usta.Bulletins;

public sealed class BulletinsDbModel : IDbModelContributor
{
    public void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<BulletinIndex>(index =>
        {
            index.ToTable("BulletinIndex");
            index.Property(x => x.ContentItemId).HasMaxLength(26);
            index.Property(x => x.ContentItemVersionId).HasMaxLength(26);
            index.HasIndex(x => new { x.Published, x.Year, x.Number });
            index.HasIndex(x => x.ContentItemId);
        });
    }
}
