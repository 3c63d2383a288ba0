using Microsoft.AspNetCore.Http;
using UstaOrchard.Core.Caching;

namespace Usta.Theme;

/// <summary>
/// The footer shows site settings (kept under <see cref="CacheTags.All"/>, which every kept block carries)
/// and a link that depends on whether the reader is signed in: two HTMLs.
/// </summary>
public sealed class SiteFooterBlock : IKeptBlock
{
    private static readonly KeptBlockKey SignedIn = new("signed-in", []);
    private static readonly KeptBlockKey Anonymous = new("anonymous", []);

    public string Component => "SiteFooter";

    public ValueTask<KeptBlockKey?> KeyAsync(HttpContext context)
        => ValueTask.FromResult<KeptBlockKey?>(context.User.Identity?.IsAuthenticated == true ? SignedIn : Anonymous);
}
