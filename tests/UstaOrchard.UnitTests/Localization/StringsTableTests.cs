using System.Text.Json;
using System.Text.RegularExpressions;

namespace UstaOrchard.UnitTests.Localization;

/// <summary>Every text a module shows through S["…"] or a validation message has its Vietnamese translation.</summary>
public partial class StringsTableTests
{
    public static TheoryData<string> Projects() => new()
    {
        "src/UstaOrchard.Core", "src/UstaOrchard.Web", "modules/Usta.Contents", "modules/Usta.Articles",
        "modules/Usta.Bulletins", "modules/Usta.Users", "modules/Usta.Admin", "modules/Usta.Media", "modules/Usta.Search", "modules/Usta.Visits", "modules/Usta.Recipes",
        "modules/Usta.AuditTrail",
        "themes/Usta.Theme",
    };

    [Theory]
    [MemberData(nameof(Projects))]
    public void EveryShownText_HasAVietnameseTranslation(string project)
    {
        var root = Path.Combine(RepositoryRoot(), project);
        var table = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(Path.Combine(root, "Strings", "vi-VN.json")))!;
        var keys = Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cs") || f.EndsWith(".cshtml")) && !f.Contains("/obj/") && !f.Contains("/bin/"))
            .SelectMany(f => File.ReadLines(f).Where(l => !l.TrimStart().StartsWith("//")))
            .SelectMany(line => Localized().Matches(line).Select(m => m.Groups["key"].Value.Replace("\\\"", "\"")))
            .Distinct()
            .ToList();

        Assert.NotEmpty(keys);
        var missing = keys.Where(k => !table.ContainsKey(k)).ToList();
        Assert.True(missing.Count == 0, $"{project} lacks Vietnamese for: {string.Join(" | ", missing)}");
        var unused = table.Keys.Where(k => !keys.Contains(k)).ToList();
        Assert.True(unused.Count == 0, $"{project} translates texts it no longer shows: {string.Join(" | ", unused)}");
        Assert.All(table.Values, v => Assert.False(string.IsNullOrWhiteSpace(v)));
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "UstaOrchard.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("UstaOrchard.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex("""(?:\bS\[|ErrorMessage\s*=\s*)"(?<key>(?:[^"\\]|\\.)*)" """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Localized();
}
