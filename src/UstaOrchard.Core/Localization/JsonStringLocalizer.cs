using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Microsoft.Extensions.Localization;

namespace UstaOrchard.Core.Localization;

/// <summary>
/// One strings table per module: English keys in code (<c>S["Draft saved."]</c>), translations
/// in the module's embedded <c>Strings/vi-VN.json</c>. A culture without a table shows the key,
/// so an English UI needs no table at all.
/// </summary>
public sealed class JsonStringLocalizerFactory : IStringLocalizerFactory
{
    private readonly ConcurrentDictionary<Assembly, ModuleStrings> _tables = new();

    public IStringLocalizer Create(Type resourceSource) => new JsonStringLocalizer(For(resourceSource.Assembly));

    public IStringLocalizer Create(string baseName, string location)
        => new JsonStringLocalizer(For(Assembly.Load(new AssemblyName(location))));

    public ModuleStrings For(Assembly assembly) => _tables.GetOrAdd(assembly, a => new ModuleStrings(a));
}

public sealed class ModuleStrings(Assembly assembly)
{
    private readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, string>> _byCulture = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The translation for the current UI culture (or its parent), or null.</summary>
    public string? Find(string key, CultureInfo culture)
    {
        for (var c = culture; !string.IsNullOrEmpty(c.Name); c = c.Parent)
        {
            if (Table(c.Name).TryGetValue(key, out var value)) return value;
        }
        return null;
    }

    public IReadOnlyDictionary<string, string> Table(string cultureName) => _byCulture.GetOrAdd(cultureName, name =>
    {
        using var stream = assembly.GetManifestResourceStream($"Strings.{name}.json");
        if (stream is null) return new Dictionary<string, string>();
        return JsonSerializer.Deserialize<Dictionary<string, string>>(stream) ?? new Dictionary<string, string>();
    });
}

public sealed class JsonStringLocalizer(ModuleStrings strings) : IStringLocalizer
{
    public LocalizedString this[string name]
    {
        get
        {
            var value = strings.Find(name, CultureInfo.CurrentUICulture);
            return new LocalizedString(name, value ?? name, resourceNotFound: value is null);
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var text = this[name];
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, text.Value, arguments), text.ResourceNotFound);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures)
        => strings.Table(CultureInfo.CurrentUICulture.Name).Select(p => new LocalizedString(p.Key, p.Value));
}
