namespace Usta.Contents.Menus;

/// <summary>A menu link goes to a page of this site ("/gioi-thieu") or to a web address (http, https): nothing else.</summary>
public static class MenuUrl
{
    public static bool IsAllowed(string? url)
        => SafeUrl.IsAllowed(url)
           && (url![0] == '/'
               || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
               || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase));
}
