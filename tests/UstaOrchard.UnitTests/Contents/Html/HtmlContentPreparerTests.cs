using System.Text.Json.Nodes;
using Usta.Contents.Html;
using UstaOrchard.Core.Contents;

namespace UstaOrchard.UnitTests.Contents.Html;

/// <summary>
/// A recipe's items are sanitised ahead of their save on another thread; the save then takes the result
/// for the very same strings. What is stored must be what a save without preparing stores.
/// </summary>
public sealed class HtmlContentPreparerTests
{
    private const string Dirty = "<p onclick=\"alert(1)\">a</p><script>alert(1)</script>";

    private static ContentHtmlSanitizer NewSanitizer() => new(new HtmlContentOptions(HtmlContentOptions.DefaultIframeHosts));

    private static ContentItem Item(string html) => new()
    {
        ContentItemId = "item", ContentType = "Article",
        Content = new JsonObject { ["HtmlBodyPart"] = new JsonObject { ["Html"] = html }, ["Extra"] = new JsonObject { ["Note"] = new JsonObject { ["Html"] = html } } },
    };

    [Fact]
    public void Preparing_LeavesTheItemAsTheFileHoldsIt()
    {
        var item = Item(Dirty);

        new HtmlContentPreparer(NewSanitizer()).Prepare(item);

        // A version a recipe keeps as history is stored without the handlers: preparing must not clean it.
        Assert.Equal(Dirty, item.Content["HtmlBodyPart"]!["Html"]!.GetValue<string>());
        Assert.Equal(Dirty, item.Content["Extra"]!["Note"]!["Html"]!.GetValue<string>());
    }

    [Fact]
    public async Task APreparedItem_IsStoredAsAnUnpreparedOneIs()
    {
        var sanitizer = NewSanitizer();
        var prepared = Item(Dirty);
        var plain = Item(Dirty);
        new HtmlContentPreparer(sanitizer).Prepare(prepared);
        // The content manager hands the handlers a copy of the recipe's item.
        var saved = prepared.Clone();

        var handler = new HtmlSanitizingHandler(sanitizer);
        await ((IContentHandler)handler).CreatingAsync(new ContentContext(saved, default));
        await ((IContentHandler)handler).CreatingAsync(new ContentContext(plain, default));

        Assert.Equal("<p>a</p>", saved.Content["HtmlBodyPart"]!["Html"]!.GetValue<string>());
        Assert.Equal(plain.Content.ToJsonString(), saved.Content.ToJsonString());
    }

    [Fact]
    public void APreparedResult_IsOnlyEverTheResultForItsOwnString()
    {
        var sanitizer = NewSanitizer();
        var prepared = new string(Dirty.AsSpan());
        sanitizer.Prepare(prepared);

        // Other text, and equal text in another string: computed, never the prepared result of something else.
        Assert.Equal("<p>b</p>", sanitizer.Sanitize("<p>b</p><script>x()</script>"));
        Assert.Equal("<p>a</p>", sanitizer.Sanitize(new string(Dirty.AsSpan())));
        Assert.Equal("<p>a</p>", sanitizer.Sanitize(prepared));
        // Taken once: asked again, the same string is sanitised again, to the same result.
        Assert.Equal("<p>a</p>", sanitizer.Sanitize(prepared));
    }
}
