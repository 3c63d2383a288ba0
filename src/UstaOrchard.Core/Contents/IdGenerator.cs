using System.Security.Cryptography;

namespace UstaOrchard.Core.Contents;

/// <summary>Orchard-style 26-character ids: 128 random bits in lower-case base 32.</summary>
public static class IdGenerator
{
    private const string Alphabet = "0123456789abcdefghjkmnpqrstvwxyz";

    public static string NewId()
    {
        Span<byte> bytes = stackalloc byte[17];
        RandomNumberGenerator.Fill(bytes[..16]);
        bytes[16] = 0;
        Span<char> chars = stackalloc char[26];
        int bits = 0, buffer = 0, index = 0;
        foreach (var b in bytes)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5 && index < 26)
            {
                chars[index++] = Alphabet[(buffer >> (bits - 5)) & 31];
                bits -= 5;
            }
        }
        return new string(chars);
    }
}
