using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;

namespace UstaOrchard.Core.Caching;

public static class OutputCacheTagging
{
    /// <summary>
    /// Tags the response being rendered, so that a change evicts it. Does nothing when the response is
    /// not going to the output cache (a signed-in user, an uncacheable request), so pages call it freely.
    /// </summary>
    public static void TagOutput(this HttpContext http, params ReadOnlySpan<string> tags)
    {
        if (http.Features.Get<IOutputCacheFeature>() is not { } feature) return;
        foreach (var tag in tags) feature.Context.Tags.Add(tag);
    }
}
