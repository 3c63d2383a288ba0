using System.Text.Json.Nodes;
using Usta.Articles;
using Usta.Contents;
using UstaOrchard.Core.Contents;

namespace UstaOrchard.UnitTests.Contents;

public class ContentItemTests
{
    [Fact]
    public void TypeNamedPart_ReadsFieldsInOrchardShape()
    {
        var item = ContentItemJson.FromJson(JsonNode.Parse("""
            { "ContentItemId": "a", "ContentType": "Article", "DisplayText": "Tiêu đề",
              "Article": { "Lead": { "Text": "Sapo" }, "Featured": { "Value": true },
                           "Categories": { "TermContentItemIds": ["c1", "c2"] } } }
            """)!.AsObject());

        var article = item.As<ArticlePart>();

        Assert.NotNull(article);
        Assert.Equal("Sapo", article.Lead.Text);
        Assert.True(article.Featured.Value);
        Assert.Equal(["c1", "c2"], article.Categories.TermContentItemIds);
        Assert.Null(item.As<TitlePart>());
    }

    [Fact]
    public void ApplyingAPart_KeepsFieldsTheClassDoesNotKnow()
    {
        var item = new ContentItem { ContentType = "Article" };
        item.Content["Article"] = JsonNode.Parse("""{ "Lead": { "Text": "a" }, "Subtitle": { "Text": "thêm bởi công thức" } }""");

        item.Alter<ArticlePart>(a => a.Lead.Text = "b");

        Assert.Equal("b", item.Content["Article"]!["Lead"]!["Text"]!.GetValue<string>());
        Assert.Equal("thêm bởi công thức", item.Content["Article"]!["Subtitle"]!["Text"]!.GetValue<string>());
    }

    [Fact]
    public void RecipeShape_RoundTripsThroughJson()
    {
        var json = JsonNode.Parse("""
            { "ContentItemId": "4abc", "ContentItemVersionId": "4abd", "ContentType": "Page", "DisplayText": "Giới thiệu",
              "Latest": true, "Published": true, "PublishedUtc": "2021-12-07T19:50:00Z", "Owner": "admin", "Author": "admin",
              "TitlePart": { "Title": "Giới thiệu" }, "HtmlBodyPart": { "Html": "<p>Đồng Nai</p>" } }
            """)!.AsObject();

        var item = ContentItemJson.FromJson(json);
        var back = ContentItemJson.ToJson(item);

        Assert.Equal(new DateTime(2021, 12, 7, 19, 50, 0, DateTimeKind.Utc), item.PublishedUtc);
        Assert.Equal(DateTimeKind.Utc, item.PublishedUtc!.Value.Kind);
        Assert.True(item.Published);
        Assert.Equal("<p>Đồng Nai</p>", item.As<HtmlBodyPart>()!.Html);
        Assert.True(JsonNode.DeepEquals(json["HtmlBodyPart"], back["HtmlBodyPart"]));
        Assert.Equal("4abd", back["ContentItemVersionId"]!.GetValue<string>());
    }

    [Fact]
    public void BadDate_SaysWhichPropertyAndHowToWriteIt()
    {
        var json = JsonNode.Parse("""{ "ContentItemId": "x", "ContentType": "Page", "PublishedUtc": "08/12/2021 hôm qua" }""")!.AsObject();
        var error = Assert.Throws<FormatException>(() => ContentItemJson.FromJson(json));
        Assert.Contains("PublishedUtc", error.Message);
        Assert.Contains("2021-12-08T02:50:00Z", error.Message);
    }

    [Fact]
    public void NewIds_AreOrchardShaped()
    {
        var ids = Enumerable.Range(0, 500).Select(_ => IdGenerator.NewId()).ToList();
        Assert.All(ids, id => Assert.Matches("^[0-9a-z]{26}$", id));
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }
}
