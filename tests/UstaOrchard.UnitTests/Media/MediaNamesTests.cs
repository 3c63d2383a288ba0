using UstaOrchard.Core.Media;

namespace UstaOrchard.UnitTests.Media;

public sealed class MediaNamesTests
{
    [Theory]
    [InlineData("Ảnh Hội nghị.JPG", "anh-hoi-nghi.jpg")]
    [InlineData("Đồng Nai đẹp.png", "dong-nai-dep.png")]
    [InlineData("đường đi.PDF", "duong-di.pdf")]
    [InlineData("C:\\Users\\An\\Ảnh.jpeg", "anh.jpeg")]
    [InlineData("thu-muc/anh.webp", "anh.webp")]
    [InlineData("../../usta.db", "usta.db")]
    [InlineData(".htaccess", "htaccess")]
    [InlineData("báo cáo.tar.gz", "bao-cao-tar.gz")]
    [InlineData("khong-duoi", "khong-duoi")]
    [InlineData("!!!.jpg", "tep.jpg")]
    [InlineData("", "tep")]
    [InlineData("anh.JPG\u0000", "anh")]
    [InlineData("ảnh.ẢNH", "anh.anh")]
    public void UploadedName_BecomesASafeSlug_WithItsExtensionLowerCased(string uploaded, string expected)
        => Assert.Equal(expected, MediaNames.FileName(uploaded));

    [Fact]
    public void LongName_IsCutAtAWord()
    {
        var name = MediaNames.FileName(string.Join(' ', Enumerable.Repeat("hội nghị", 30)) + ".jpg");
        Assert.True(name.Length <= MediaNames.MaxBaseLength + 4, name);
        Assert.EndsWith("nghi.jpg", name);
    }

    [Theory]
    [InlineData("anh.jpg", 1, "anh.jpg")]
    [InlineData("anh.jpg", 2, "anh-2.jpg")]
    [InlineData("anh.jpg", 10, "anh-10.jpg")]
    [InlineData("tai-lieu", 3, "tai-lieu-3")]
    public void Clash_GetsASuffix(string name, int n, string expected) => Assert.Equal(expected, MediaNames.WithSuffix(name, n));

    [Theory]
    [InlineData("a/b/Anh.JPG", "jpg")]
    [InlineData("tai-lieu", "")]
    [InlineData(".htaccess", "")]
    public void ExtensionOf_IsLowerCase(string path, string expected) => Assert.Equal(expected, MediaNames.ExtensionOf(path));

    [Fact]
    public void FolderName_IsASlug() => Assert.Equal("hoi-nghi-2021", MediaNames.FolderName("Hội nghị 2021"));
}
