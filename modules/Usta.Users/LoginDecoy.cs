using Microsoft.EntityFrameworkCore;
using UstaOrchard.Core.Data;

namespace Usta.Users;

/// <summary>
/// One row that a login for a missing or locked account writes to, as a real attempt writes its
/// reservation: a committed write costs real time (an fsync on a busy disk), and without it the
/// response time would tell which user names exist.
/// </summary>
public sealed class LoginDecoy
{
    public int Id { get; set; } = 1;
    public long Attempts { get; set; }

    public static Task TouchAsync(UstaDbContext db, CancellationToken ct)
        => db.Set<LoginDecoy>().Where(d => d.Id == 1).ExecuteUpdateAsync(s => s.SetProperty(d => d.Attempts, d => d.Attempts + 1), ct);
}
