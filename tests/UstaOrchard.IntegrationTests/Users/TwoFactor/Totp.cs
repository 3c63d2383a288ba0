using System.Security.Cryptography;

namespace UstaOrchard.IntegrationTests.Users.TwoFactor;

/// <summary>RFC 6238 as an authenticator app computes it (HMAC-SHA1, 30-second steps, 6 digits), from the key the page shows.</summary>
public static class Totp
{
    public static string Code(string shownKey, DateTimeOffset at)
    {
        var key = Base32(shownKey.Replace(" ", "").ToUpperInvariant());
        var step = at.ToUnixTimeSeconds() / 30;
        var counter = BitConverter.GetBytes(step);
        if (BitConverter.IsLittleEndian) Array.Reverse(counter);
        var hash = HMACSHA1.HashData(key, counter);
        var offset = hash[^1] & 0x0f;
        var value = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (value % 1_000_000).ToString("D6");
    }

    public static string Now(string shownKey) => Code(shownKey, DateTimeOffset.UtcNow);

    /// <summary>A six-digit code that no step near now gives, so it is wrong whatever window the server allows.</summary>
    public static string Wrong(string shownKey)
    {
        var near = Enumerable.Range(-5, 11).Select(i => Code(shownKey, DateTimeOffset.UtcNow.AddSeconds(30 * i))).ToHashSet();
        return Enumerable.Range(0, 1000).Select(i => i.ToString("D6")).First(c => !near.Contains(c));
    }

    private static byte[] Base32(string text)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text.TrimEnd('='))
        {
            var index = Alphabet.IndexOf(c);
            if (index < 0) throw new FormatException($"'{c}' is not base32");
            buffer = (buffer << 5) | index;
            bits += 5;
            if (bits < 8) continue;
            bits -= 8;
            bytes.Add((byte)(buffer >> bits));
            buffer &= (1 << bits) - 1;
        }
        return [.. bytes];
    }
}
