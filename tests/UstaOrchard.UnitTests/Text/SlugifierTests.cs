using System.Text;
using UstaOrchard.Core.Text;

namespace UstaOrchard.UnitTests.Text;

public class SlugifierTests
{
    [Theory]
    [InlineData("Đồng Nai", "dong-nai")]
    [InlineData("đường 30/4", "duong-30-4")]
    [InlineData("Tin tức – Sự kiện", "tin-tuc-su-kien")]
    [InlineData("  Phổ biến   kiến thức!  ", "pho-bien-kien-thuc")]
    [InlineData("Tư vấn – Phản biện", "tu-van-phan-bien")]
    [InlineData("Bản tin số 43", "ban-tin-so-43")]
    [InlineData("ĐẠI HỘI LẦN THỨ V", "dai-hoi-lan-thu-v")]
    [InlineData("---", "")]
    public void Title_SlugIsLowerKebabWithoutDiacritics(string title, string slug)
        => Assert.Equal(slug, Slugifier.Slugify(title));

    [Fact]
    public void TitleWithDStroke_SlugUsesD()
        => Assert.Equal("dang-uy-dong-nai", Slugifier.Slugify("Đảng ủy Đồng Nai"));

    [Fact]
    public void DecomposedTitle_SlugEqualsComposedTitle()
    {
        var composed = "Khoa học và Kỹ thuật";
        var decomposed = composed.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(composed, decomposed);
        Assert.Equal(Slugifier.Slugify(composed), Slugifier.Slugify(decomposed));
    }

    [Fact]
    public void LongTitle_SlugIsCutAtAWordBoundary()
    {
        var slug = Slugifier.Slugify(string.Join(' ', Enumerable.Repeat("khoa học", 40)));
        Assert.True(slug.Length <= Slugifier.MaxLength);
        Assert.False(slug.EndsWith('-'));
        Assert.True(slug.EndsWith("khoa") || slug.EndsWith("hoc"), slug);
    }
}

public class VietnameseTextTests
{
    [Fact]
    public void Fold_RemovesDiacriticsAndCase()
        => Assert.Equal("lien hiep cac hoi khoa hoc va ky thuat dong nai", VietnameseText.Fold("Liên hiệp các Hội Khoa học và Kỹ thuật Đồng Nai"));

    [Fact]
    public void Nfc_ComposesDecomposedText()
    {
        var decomposed = "Đồng Nai".Normalize(NormalizationForm.FormD);
        Assert.Equal("Đồng Nai", VietnameseText.Nfc(decomposed));
        Assert.Equal("Đồng Nai".Length, VietnameseText.Nfc(decomposed).Length);
    }
}
