using Microsoft.AspNetCore.Http;
using UstaOrchard.Core.Caching;

namespace Usta.Search.Box;

/// <summary>The header's box is the same empty form on every page but the search page's own, which is rendered live.</summary>
public sealed class SearchBoxBlock : IKeptBlock
{
    private static readonly KeptBlockKey Key = new("", []);

    public string Component => "SearchBox";

    public ValueTask<KeptBlockKey?> KeyAsync(HttpContext context)
        => ValueTask.FromResult(SearchBoxViewComponent.OnSearchPage(context) ? null : Key);
}
