using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace UstaOrchard.Web.Hosting;

/// <summary>
/// X-Forwarded-For/-Proto/-Host are honoured only from the proxies an operator lists in
/// <c>ForwardedHeaders:KnownProxies</c> (addresses) and <c>ForwardedHeaders:KnownNetworks</c>
/// (CIDR, e.g. 10.0.0.0/8), as arrays or ";"-separated. ASP.NET Core's default trusts loopback;
/// here nothing is trusted unless listed.
/// </summary>
public static class ProxySettings
{
    /// <summary>The options to use, or null when no proxy is listed; an invalid entry is named in the exception.</summary>
    public static ForwardedHeadersOptions? Read(IConfiguration configuration, Func<string, string, string> invalid)
    {
        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost,
        };
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var text in Values(configuration, "ForwardedHeaders:KnownProxies"))
            options.KnownProxies.Add(IPAddress.TryParse(text, out var address) ? address : throw new StartupConfigurationException(invalid("ForwardedHeaders:KnownProxies", text)));
        foreach (var text in Values(configuration, "ForwardedHeaders:KnownNetworks"))
            options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(text, out var network) ? network : throw new StartupConfigurationException(invalid("ForwardedHeaders:KnownNetworks", text)));
        return options.KnownProxies.Count + options.KnownIPNetworks.Count == 0 ? null : options;
    }

    private static IEnumerable<string> Values(IConfiguration configuration, string key)
    {
        var section = configuration.GetSection(key);
        var values = section.Value is { } single ? [single] : section.GetChildren().Select(c => c.Value ?? "");
        return values.SelectMany(v => v.Split(';', ',')).Select(v => v.Trim()).Where(v => v.Length > 0);
    }
}
