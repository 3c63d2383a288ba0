using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;
using Usta.Media.Images;

namespace Usta.Media.Serving;

/// <summary>
/// The query a media URL may carry: <c>w</c> (one of <see cref="MediaOptions.Widths"/>), <c>format=webp</c>
/// and the version token <c>v</c>. Anything else is refused, so the set of files the server can be
/// made to write is fixed (7 widths × 2 formats per image).
/// </summary>
public sealed record DerivativeQuery(int? Width, DerivativeFormat Format, string? Version, string? Error)
{
    public const string WidthKey = "w";
    public const string FormatKey = "format";
    public const string VersionKey = "v";

    public bool WantsDerivative => Width is not null || Format != DerivativeFormat.Original;

    public static DerivativeQuery Parse(IQueryCollection query, IStringLocalizer S)
    {
        int? width = null;
        var format = DerivativeFormat.Original;
        string? version = null;
        foreach (var (key, values) in query)
        {
            if (values.Count != 1) return Refused(S["The parameter '{0}' is given more than once.", Shown(key)]);
            var value = values[0] ?? "";
            switch (key)
            {
                case WidthKey:
                    if (!int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var w) || !MediaOptions.Widths.Contains(w)
                        || value != w.ToString(System.Globalization.CultureInfo.InvariantCulture))
                        return Refused(S["The width '{0}' is not offered; use one of {1}.", Shown(value), string.Join(", ", MediaOptions.Widths)]);
                    width = w;
                    break;
                case FormatKey:
                    if (value != "webp") return Refused(S["The format '{0}' is not offered; only 'webp' can be asked for.", Shown(value)]);
                    format = DerivativeFormat.Webp;
                    break;
                case VersionKey:
                    version = value;
                    break;
                default:
                    return Refused(S["The parameter '{0}' is not accepted; a media address takes only w, format and v.", Shown(key)]);
            }
        }
        return new DerivativeQuery(width, format, version, null);
    }

    private static DerivativeQuery Refused(string message) => new(null, DerivativeFormat.Original, null, message);

    private static string Shown(string text)
    {
        var clean = new string(text.Where(c => !char.IsControl(c)).Take(40).ToArray());
        return text.Length > 40 ? clean + "…" : clean;
    }
}
