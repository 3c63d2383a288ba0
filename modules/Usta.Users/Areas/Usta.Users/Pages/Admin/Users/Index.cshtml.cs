using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Text;

namespace Usta.Users.Areas.Usta.Users.Pages.Admin.Users;

/// <summary>The users, searched by user name, display name or e-mail, paged in SQL, with their roles and state.</summary>
[Authorize(Policy = Permissions.ManageUsers)]
public sealed class IndexModel(UstaDbContext db, TimeProvider time, IStringLocalizer<UsersStartup> S) : PageModel
{
    public const int PageSize = 20;
    public const int MaxQueryLength = 100;

    public sealed record UserRow(string Id, string UserName, string? DisplayName, string? Email, IReadOnlyList<string> Roles,
        bool IsDisabled, bool IsLocked, bool IsInvited, bool MustChangePassword);

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public IReadOnlyList<UserRow> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int PageNumber { get; private set; } = 1;
    public int Pages { get; private set; } = 1;
    public string? Error { get; private set; }

    [TempData]
    public string? Status { get; set; }

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "trang")] string? page, CancellationToken ct)
    {
        if (!BoundedNumber.TryParsePage(page, out var number)) return NotFound();
        var query = Query?.Trim() ?? "";
        if (query.Length > MaxQueryLength || query.Any(char.IsControl))
        {
            Error = S["The search text is too long or holds characters that cannot be searched (at most {0} characters).", MaxQueryLength];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var users = db.Set<UstaUser>().AsNoTracking();
        if (query.Length > 0)
        {
            // User names and e-mails are compared in Identity's normalized (upper-case) form, display
            // names folded (no case, no accents); Contains is translated with its wildcards escaped,
            // so "%" and "_" are searched as they are.
            var upper = query.ToUpperInvariant();
            var folded = VietnameseText.Fold(query);
            users = users.Where(u => u.NormalizedUserName!.Contains(upper) || u.NormalizedEmail!.Contains(upper)
                                     || u.DisplayNameKey!.Contains(folded));
        }

        Total = await users.CountAsync(ct);
        Pages = Math.Max(1, (Total + PageSize - 1) / PageSize);
        if (number > Pages) return NotFound();
        PageNumber = number;

        var found = await users.OrderBy(u => u.NormalizedUserName).Skip((number - 1) * PageSize).Take(PageSize)
            .Select(u => new { u.Id, u.UserName, u.DisplayName, u.Email, u.IsDisabled, u.LockoutEnd, Invited = u.PasswordHash == null, u.MustChangePassword })
            .ToListAsync(ct);
        var ids = found.Select(u => u.Id).ToList();
        var roles = (await (from userRole in db.Set<IdentityUserRole<string>>()
                where ids.Contains(userRole.UserId)
                join role in db.Set<IdentityRole>() on userRole.RoleId equals role.Id
                select new { userRole.UserId, role.Name }).AsNoTracking().ToListAsync(ct))
            .ToLookup(r => r.UserId, r => r.Name ?? "");
        var now = time.GetUtcNow();
        Rows = found.Select(u => new UserRow(u.Id, u.UserName ?? "", u.DisplayName, u.Email, roles[u.Id].Order(StringComparer.OrdinalIgnoreCase).ToList(),
            u.IsDisabled, u.LockoutEnd > now, u.Invited, u.MustChangePassword)).ToList();
        return Page();
    }

    /// <summary>This list's URL at another page, the search kept.</summary>
    public string PageUrl(int page)
    {
        var query = new Dictionary<string, string?>();
        if (!string.IsNullOrWhiteSpace(Query)) query["q"] = Query.Trim();
        if (page > 1) query["trang"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return "/Admin/Users" + QueryString.Create(query).ToUriComponent();
    }
}
