using Microsoft.EntityFrameworkCore;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;

namespace Usta.Bulletins;

public sealed class BulletinsDbModel : IDbModelContributor
{
    public void Configure(ModelBuilder modelBuilder)
    {
        var bulletin = modelBuilder.ContentIndexTable<BulletinIndex>("BulletinIndex");
        bulletin.HasIndex(x => new { x.Published, x.Year, x.Number });
        // One issue per number and year among published versions, even for two saves at the same moment.
        bulletin.HasIndex(x => new { x.Year, x.Number }, "UX_BulletinIndex_Year_Number_Published").IsUnique().HasFilter("\"Published\"");
    }
}
