using System.Globalization;
using System.Security.Cryptography;

namespace Usta.Visits.Counting;

/// <summary>
/// The session cookie <c>usta.v</c>: <c>{id}.{minute}</c>, a random id and the minute (Unix time)
/// it was last set. It lives 30 minutes from then; it is set again only when older than
/// <see cref="RefreshAfter"/>, so most responses carry no Set-Cookie and a reader idle for
/// 25 to 30 minutes starts a new visit. It holds nothing but that: anyone may forge one, and all
/// they gain is not being counted again.
/// </summary>
public readonly record struct VisitCookie(string Id, long Minute)
{
    public const string Name = "usta.v";
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan RefreshAfter = TimeSpan.FromMinutes(5);
    private const int IdLength = 22;

    public static VisitCookie New(DateTimeOffset now)
    {
        Span<byte> bytes = stackalloc byte[16];
        RandomNumberGenerator.Fill(bytes);
        var id = Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return new VisitCookie(id, now.ToUnixTimeSeconds() / 60);
    }

    /// <summary>A cookie this site set and that has not outlived its 30 minutes; anything else starts a new visit.</summary>
    public static bool TryParse(string? value, DateTimeOffset now, out VisitCookie cookie)
    {
        cookie = default;
        if (value is null || value.Length is < IdLength + 2 or > IdLength + 12 || value[IdLength] != '.') return false;
        var id = value[..IdLength];
        foreach (var c in id)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_')) return false;
        }
        if (!long.TryParse(value.AsSpan(IdLength + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var minute)) return false;
        // Compared as minutes first: a forged value past year 9999 would make the conversion throw.
        var nowMinute = now.ToUnixTimeSeconds() / 60;
        if (minute > nowMinute + 2 || minute < nowMinute - (long)Lifetime.TotalMinutes - 1) return false;
        var age = now - DateTimeOffset.FromUnixTimeSeconds(minute * 60);
        // A minute in the future is a clock step between nodes, not a forgery worth refusing.
        if (age > Lifetime || age < TimeSpan.FromMinutes(-2)) return false;
        cookie = new VisitCookie(id, minute);
        return true;
    }

    public bool NeedsRefresh(DateTimeOffset now) => now - DateTimeOffset.FromUnixTimeSeconds(Minute * 60) >= RefreshAfter;

    public VisitCookie Renewed(DateTimeOffset now) => this with { Minute = now.ToUnixTimeSeconds() / 60 };

    public override string ToString() => Id + "." + Minute.ToString(CultureInfo.InvariantCulture);
}
