using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using UstaOrchard.Core.Settings;

namespace Usta.Users.Administration;

public enum InvitationState
{
    Valid,
    Expired,
    /// <summary>Tampered with, for another user, or already used (the user's security stamp changed).</summary>
    Invalid,
}

/// <summary>
/// An invitation: a link to the public page where a user without a password chooses one. The token
/// is protected (data protection keys, shared by every node) and holds when it was made, by the
/// site's clock, and the user's security stamp: setting the password renews the stamp, so a link
/// works once; it expires after <see cref="Lifetime"/>. Identity's own token provider reads the
/// system clock and cannot tell "expired" from "used", which the invited user needs to be told.
/// </summary>
public sealed class Invitations(UserManager<UstaUser> users, SiteUrls urls, IDataProtectionProvider protection, TimeProvider time)
{
    public const string PagePath = "/tai-khoan/kich-hoat";
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    private readonly IDataProtector _protector = protection.CreateProtector("Usta.Users.Invitation.v1");

    /// <summary>The link to send; root-relative (<c>IsAbsolute</c> false) when the site has no base URL to build it from.</summary>
    public async Task<InvitationLink> CreateLinkAsync(UstaUser user, CancellationToken ct)
    {
        var stamp = await users.GetSecurityStampAsync(user);
        var payload = string.Join('|', time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), user.Id, stamp);
        var token = WebEncoders.Base64UrlEncode(_protector.Protect(Encoding.UTF8.GetBytes(payload)));
        var path = PagePath + "?u=" + Uri.EscapeDataString(user.Id) + "&t=" + token;
        // Never from the request's Host header: anyone can set it, and the link leaves the site.
        var baseUrl = await urls.GetBaseUrlAsync(ct);
        return new InvitationLink(baseUrl is null ? path : baseUrl + path, baseUrl is not null, time.GetUtcNow() + Lifetime);
    }

    public async Task<InvitationState> CheckAsync(UstaUser user, string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 2000 || user.PasswordHash is not null) return InvitationState.Invalid;
        string[] parts;
        try
        {
            parts = Encoding.UTF8.GetString(_protector.Unprotect(WebEncoders.Base64UrlDecode(token))).Split('|');
        }
        catch (Exception e) when (e is FormatException or System.Security.Cryptography.CryptographicException)
        {
            return InvitationState.Invalid;
        }
        if (parts.Length != 3 || parts[1] != user.Id || parts[2] != await users.GetSecurityStampAsync(user)
            || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            return InvitationState.Invalid;
        var made = DateTimeOffset.FromUnixTimeSeconds(seconds);
        return made + Lifetime < time.GetUtcNow() ? InvitationState.Expired : InvitationState.Valid;
    }
}

public sealed record InvitationLink(string Url, bool IsAbsolute, DateTimeOffset ExpiresUtc);
