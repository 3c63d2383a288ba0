using System.Collections.Frozen;
using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http;

namespace UstaOrchard.Core.Caching;

/// <summary>What a block's HTML depends on besides its data: the request parts it reads (<see cref="Key"/>), and its data's tags.</summary>
public sealed record KeptBlockKey(string Key, IReadOnlyCollection<string> Tags);

/// <summary>
/// A layout block (a view component) whose HTML depends only on data kept in <see cref="TaggedMemoryCache"/>
/// and on the request parts its key names, so its HTML can be kept under the same tags.
/// </summary>
public interface IKeptBlock
{
    /// <summary>The view component's name, as the layout invokes it.</summary>
    string Component { get; }

    /// <summary>The key and tags of this request's render; null renders it live.</summary>
    ValueTask<KeptBlockKey?> KeyAsync(HttpContext context);
}

/// <summary>
/// The layout's blocks kept rendered (Orchard's dynamic cache, for the blocks on every page): rendering a
/// view component per block was most of an uncached page's Razor time. A block's HTML is kept under its
/// data's tags (and <see cref="CacheTags.All"/>), keyed by what it reads from the request and by the
/// request's cultures, so it is the same HTML the component renders; blocks without an
/// <see cref="IKeptBlock"/> are rendered every time.
/// </summary>
public sealed class KeptBlocks(TaggedMemoryCache cache, IEnumerable<IKeptBlock> blocks, HtmlEncoder encoder)
{
    private readonly FrozenDictionary<string, IKeptBlock> _blocks = blocks.ToFrozenDictionary(b => b.Component, StringComparer.Ordinal);

    /// <summary>Off: every block rendered live (a test compares both renders byte for byte).</summary>
    public bool Enabled { get; set; } = true;

    public async Task<IHtmlContent> RenderAsync(string component, HttpContext context, Func<Task<IHtmlContent>> render)
    {
        if (!Enabled || !_blocks.TryGetValue(component, out var block)) return await render();
        // Noted at the request's start: the settings a footer shows were read then, and the menu a key
        // names is read before the render reads it again; an eviction since keeps the HTML out.
        var baseline = EvictionBaseline.Of(context, cache);
        if (await block.KeyAsync(context) is not { } key) return await render();
        var cacheKey = string.Join('|', "block", component, CultureInfo.CurrentCulture.Name, CultureInfo.CurrentUICulture.Name, key.Key);
        return await cache.GetOrCreateAsync<IHtmlContent>(cacheKey, key.Tags, async _ => new HtmlString(ToHtml(await render())),
            context.RequestAborted, notEvictedSince: baseline);
    }

    private string ToHtml(IHtmlContent content)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        content.WriteTo(writer, encoder);
        return writer.ToString();
    }
}
