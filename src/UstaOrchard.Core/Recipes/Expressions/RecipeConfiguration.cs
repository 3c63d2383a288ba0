using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;

namespace UstaOrchard.Core.Recipes.Expressions;

/// <summary>
/// The configuration a recipe may read through <c>configuration('Key')</c>: an explicit list of
/// harmless keys, because configuration also holds the environment (the administrator's
/// password, connection strings). Operators add keys under <c>Recipes:AllowedConfigurationKeys</c>;
/// a key that names a secret is refused even when listed.
/// </summary>
public sealed partial class RecipeConfiguration
{
    public static readonly IReadOnlyList<string> DefaultKeys =
        ["Site:Name", "Site:TimeZone", "Site:Culture", "Site:BaseUrl", "Setup:SiteName"];

    private readonly IConfiguration _configuration;
    private readonly HashSet<string> _allowed;

    public RecipeConfiguration(IConfiguration configuration)
    {
        _configuration = configuration;
        var configured = configuration.GetSection("Recipes:AllowedConfigurationKeys").GetChildren()
            .Select(c => c.Value).OfType<string>();
        _allowed = new HashSet<string>(DefaultKeys.Concat(configured).Select(Normalise).Where(k => k.Length > 0 && !IsSecret(k)),
            StringComparer.OrdinalIgnoreCase);
    }

    public IEnumerable<string> AllowedKeys => _allowed.Order(StringComparer.OrdinalIgnoreCase);

    public bool IsAllowed(string key) => _allowed.Contains(Normalise(key));

    public string? Read(string key) => _configuration[Normalise(key)];

    // "Setup__AdminPassword" is how the environment spells "Setup:AdminPassword".
    private static string Normalise(string key) => key.Trim().Replace("__", ":");

    private static bool IsSecret(string key) => SecretPattern().IsMatch(key);

    [GeneratedRegex("password|secret|token|connectionstring|apikey|credential|(^|:)key$", RegexOptions.IgnoreCase)]
    private static partial Regex SecretPattern();
}
