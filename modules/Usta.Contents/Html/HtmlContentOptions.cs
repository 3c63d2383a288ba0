using Microsoft.Extensions.Configuration;

namespace Usta.Contents.Html;

/// <summary>
/// Which hosts a body may embed in an <c>&lt;iframe&gt;</c> (<c>Content:Html:IframeHosts</c>): a host name,
/// or a host name and a path prefix (<c>www.google.com/maps</c>). Only https frames are kept.
/// </summary>
public sealed record HtmlContentOptions(IReadOnlyList<string> IframeHosts)
{
    public static readonly string[] DefaultIframeHosts = ["www.youtube.com", "www.youtube-nocookie.com", "www.google.com/maps"];

    public static HtmlContentOptions From(IConfiguration configuration)
    {
        var hosts = configuration.GetSection("Content:Html:IframeHosts").Get<string[]>();
        return new HtmlContentOptions(hosts is { Length: > 0 } ? hosts : DefaultIframeHosts);
    }

    public bool AllowsFrame(Uri source)
    {
        if (source.Scheme != Uri.UriSchemeHttps || !string.IsNullOrEmpty(source.UserInfo) || !source.IsDefaultPort) return false;
        foreach (var entry in IframeHosts)
        {
            var slash = entry.IndexOf('/');
            var host = slash < 0 ? entry : entry[..slash];
            var path = slash < 0 ? "/" : entry[slash..];
            if (string.Equals(source.Host, host, StringComparison.OrdinalIgnoreCase)
                && (path == "/" || source.AbsolutePath == path || source.AbsolutePath.StartsWith(path + "/", StringComparison.Ordinal)))
                return true;
        }
        return false;
    }
}
