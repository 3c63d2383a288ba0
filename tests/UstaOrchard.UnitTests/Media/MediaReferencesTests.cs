using System.Text.Json.Nodes;
using Usta.Media.References;

namespace UstaOrchard.UnitTests.Media;

public class MediaReferencesTests
{
    private static JsonObject Item() => JsonNode.Parse("""
        {
          "Article": { "Image": { "Paths": ["tin/anh.jpg"], "MediaTexts": ["Ảnh"] }, "Gallery": [ { "Photos": { "Paths": ["tin/a/b.png", "khac.pdf"] } } ] },
          "HtmlBodyPart": { "Html": "<p><img src=\"/media/tin/anh.jpg?w=640\" alt=\"x\"><a href='/media/tin/a/b.png'>b</a> /media/not-an-attribute.jpg <img src=\"https://other.example/media/x.jpg\"></p>" }
        }
        """)!.AsObject();

    [Fact]
    public void Find_ReadsMediaFieldsAnywhere_AndMediaAddressesInHtml()
        => Assert.Equal(["khac.pdf", "tin/a/b.png", "tin/anh.jpg"], MediaReferences.Find(Item()));

    [Fact]
    public void MovedFolder_RewritesFieldsAndHtml_UnderIt_Only()
    {
        var item = Item();

        Assert.True(MediaReferences.Rewrite(item, MediaReferences.Moved("tin", "tin-2025", isFolder: true)));

        Assert.Equal(["khac.pdf", "tin-2025/a/b.png", "tin-2025/anh.jpg"], MediaReferences.Find(item));
        Assert.Contains("src=\"/media/tin-2025/anh.jpg?w=640\"", item["HtmlBodyPart"]!["Html"]!.GetValue<string>());
    }

    [Fact]
    public void MovedFile_DoesNotTouchAFileWhoseNameStartsTheSame()
    {
        var item = JsonNode.Parse("""{ "F": { "Paths": ["anh.jpg", "anh.jpg.bak"] } }""")!;

        Assert.True(MediaReferences.Rewrite(item, MediaReferences.Moved("anh.jpg", "moi.jpg", isFolder: false)));

        Assert.Equal(["anh.jpg.bak", "moi.jpg"], MediaReferences.Find(item));
    }

    [Fact]
    public void APathWrittenDecomposed_IsFoundAndRewritten_AsTheIndexSawIt()
    {
        var decomposed = "ảnh/hội-nghị.jpg".Normalize(System.Text.NormalizationForm.FormD);
        var item = JsonNode.Parse($$"""{ "F": { "Paths": ["{{decomposed}}"] } }""")!;
        Assert.Equal(["ảnh/hội-nghị.jpg"], MediaReferences.Find(item));

        Assert.True(MediaReferences.Rewrite(item, MediaReferences.Moved("ảnh/hội-nghị.jpg", "anh/hoi-nghi.jpg", isFolder: false)));

        Assert.Equal(["anh/hoi-nghi.jpg"], MediaReferences.Find(item));
    }
}
