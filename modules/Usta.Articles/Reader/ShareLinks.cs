namespace Usta.Articles.Reader;

/// <summary>
/// "Chia sẻ" as plain links to the networks' share pages: no third-party script, nothing loaded until
/// the reader clicks. They need the page's absolute address, so without a base URL there are none.
/// </summary>
public sealed record ShareLinks(string Facebook, string Zalo)
{
    public static ShareLinks? For(string? baseUrl, string url)
    {
        if (baseUrl is null) return null;
        var page = Uri.EscapeDataString(baseUrl + url);
        return new ShareLinks("https://www.facebook.com/sharer/sharer.php?u=" + page, "https://sp.zalo.me/share_to_zalo?u=" + page);
    }
}
