namespace Usta.Users.Passwords;

/// <summary>
/// The module's list of passwords people pick first (the world's most used, and Vietnamese ones such
/// as "matkhau@123"), shipped as an embedded resource and read once.
/// </summary>
public static class CommonPasswords
{
    private const string ResourceName = "Usta.Users.Passwords.CommonPasswords.txt";

    private static readonly Lazy<HashSet<string>> List = new(Load);

    public static int Count => List.Value.Count;

    /// <summary>Whether <paramref name="password"/> is on the list, ignoring case and surrounding spaces.</summary>
    public static bool Contains(string? password)
        => !string.IsNullOrWhiteSpace(password) && List.Value.Contains(password.Trim());

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswords).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            var entry = line.Trim();
            if (entry.Length > 0 && !entry.StartsWith('#')) set.Add(entry);
        }
        return set;
    }
}
