namespace UstaOrchard.IntegrationTests.Host.Hostile;

/// <summary>What a stranger types into a URL or a form, already percent-encoded where it travels in one.</summary>
public static class BadValues
{
    public const string Marker = "usta-xss";

    /// <summary>Values for path segments and query values (percent-encoded).</summary>
    public static readonly IReadOnlyList<string> Encoded =
    [
        // numbers out of range or not numbers at all
        "0", "-1", "2147483648", "99999999999999999999", "1e9", "1.5", "abc", "%20%201",
        // huge, tiny and impossible dates
        "9999-12-31", "0001-01-01", "10000-01-01", "2021-02-30", "31-12-9999",
        // NUL, invalid UTF-8, broken escapes, an NFD "Đồng Nai", a path that climbs
        "a%00b", "%C3%28", "%FF%FE", "%ED%A0%80", "%", "%zz", "%C4%90o%CC%82%CC%80ng%20Nai", "..%2F..%2Fetc%2Fpasswd",
        // markup that must never come back as markup
        Uri.EscapeDataString($"<script>{Marker}</script>"), Uri.EscapeDataString($"\"><svg onload={Marker}>"),
        // long: under the site's address limit, and far over it
        new string('a', 3000), new string('a', 10_000),
    ];

    /// <summary>Values for form fields, percent-encoded as a form body carries them (invalid UTF-8 included).</summary>
    public static readonly IReadOnlyList<string> Form =
    [
        "-1", "2147483648", "maybe", "9999-12-31", "a%00b", "%ED%A0%80", "%FF%FE", "%C4%90o%CC%82%CC%80ng+Nai",
        Uri.EscapeDataString($"<script>{Marker}</script>"), new string('a', 10_000),
    ];

    public static readonly string Huge = new('x', 5 * 1024 * 1024);

    public static readonly IReadOnlyList<string> Methods = ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND"];

    public static readonly IReadOnlyList<string> Hosts = ["evil.example", "evil.example:8080", "EVIL.EXAMPLE", "[::1]", "xn--evil-example.test", "a..b", "localhost:99999"];
}
