using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http;
using UstaOrchard.Core.Caching;
using Xunit;

namespace UstaOrchard.UnitTests.Caching;

/// <summary>
/// A block's HTML comes from data the request may have read long before the block renders (the site's
/// settings are read once a request; the menu is read for the key, then again for the render): an
/// eviction in between must keep that HTML out of the cache.
/// </summary>
public sealed class KeptBlocksRaceTests
{
    private sealed class Block(Func<Task>? whileKeying = null) : IKeptBlock
    {
        public string Component => "Footer";

        public async ValueTask<KeptBlockKey?> KeyAsync(HttpContext context)
        {
            if (whileKeying is not null) await whileKeying();
            return new KeptBlockKey("", [CacheTags.Type("Menu")]);
        }
    }

    private static HttpContext Request(TaggedMemoryCache cache)
    {
        var context = new DefaultHttpContext();
        EvictionBaseline.Note(context, cache);
        return context;
    }

    private static async Task<string> RenderAsync(KeptBlocks blocks, HttpContext context, string live)
    {
        var html = await blocks.RenderAsync("Footer", context, () => Task.FromResult<IHtmlContent>(new HtmlString(live)));
        using var writer = new StringWriter();
        html.WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }

    [Fact]
    public async Task AnEvictionAfterTheRequestBegan_KeepsItsBlockOut()
    {
        using var cache = new TaggedMemoryCache();
        var blocks = new KeptBlocks(cache, [new Block()], HtmlEncoder.Default);

        var reading = Request(cache);
        // The request has read the settings; a settings save is evicted; then its footer renders from what it read.
        await cache.EvictAsync([CacheTags.All], default);
        Assert.Equal("old", await RenderAsync(blocks, reading, "old"));

        Assert.Equal("new", await RenderAsync(blocks, Request(cache), "new"));
        Assert.Equal("new", await RenderAsync(blocks, Request(cache), "newer"));
    }

    [Fact]
    public async Task AnEvictionBetweenTheKeyAndTheRender_KeepsTheBlockOut()
    {
        using var cache = new TaggedMemoryCache();
        var evicted = false;
        var blocks = new KeptBlocks(cache, [new Block(async () =>
        {
            // The menu the key was made of changes and is evicted before the render reads it again.
            if (evicted) return;
            evicted = true;
            await cache.EvictAsync([CacheTags.Type("Menu")], default);
        })], HtmlEncoder.Default);

        Assert.Equal("marked", await RenderAsync(blocks, Request(cache), "marked"));
        Assert.Equal("plain", await RenderAsync(blocks, Request(cache), "plain"));
    }

    [Fact]
    public async Task NoEviction_KeepsTheBlock()
    {
        using var cache = new TaggedMemoryCache();
        var blocks = new KeptBlocks(cache, [new Block()], HtmlEncoder.Default);

        Assert.Equal("first", await RenderAsync(blocks, Request(cache), "first"));
        Assert.Equal("first", await RenderAsync(blocks, Request(cache), "second"));
    }
}
