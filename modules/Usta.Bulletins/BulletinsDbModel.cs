using Microsoft.EntityFrameworkCore;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;

namespace Usta.Bulletins;

public sealed class BulletinsDbModel : IDbModelContributor
{
    public void Configure(ModelBuilder modelBuilder)
        => modelBuilder.ContentIndexTable<BulletinIndex>("BulletinIndex").HasIndex(x => new { x.Published, x.Year, x.Number });
}
