using System.Globalization;
using System.IO.Compression;
using System.Text;
using UstaOrchard.Core.Recipes;

namespace UstaOrchard.UnitTests.Recipes;

/// <summary>A recipe .zip is hostile input: each check refuses with its reason, and a good archive expands.</summary>
public sealed class RecipeArchiveTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("usta-archive-").FullName;
    private readonly (CultureInfo, CultureInfo) _culture = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);

    // The reasons are the operator's, in Vietnamese.
    public RecipeArchiveTests() => CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("vi-VN");

    private string Zip(params (string Name, string Text, int? UnixMode)[] entries)
    {
        var path = Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".zip");
        using var zip = new ZipArchive(File.Create(path), ZipArchiveMode.Create);
        foreach (var (name, text, mode) in entries)
        {
            var entry = zip.CreateEntry(name);
            if (mode is { } m) entry.ExternalAttributes = m << 16;
            using var stream = entry.Open();
            stream.Write(Encoding.UTF8.GetBytes(text));
        }
        return path;
    }

    private Task<string> ExtractAsync(string zip, RecipeArchiveLimits? limits = null)
        => RecipeArchive.ExtractAsync(zip, Path.Combine(_folder, "out-" + Guid.NewGuid().ToString("N")), limits);

    [Fact]
    public async Task GoodArchive_ExpandsTheRecipeAndItsFiles()
    {
        var recipe = await ExtractAsync(Zip(("recipe.json", "{}", null), ("media/a/b.txt", "xin chào", null)));
        Assert.Equal("{}", await File.ReadAllTextAsync(recipe));
        Assert.Equal("xin chào", await File.ReadAllTextAsync(Path.Combine(Path.GetDirectoryName(recipe)!, "media", "a", "b.txt")));
    }

    [Theory]
    [InlineData("../ngoai.txt")]
    [InlineData("media/../../ngoai.txt")]
    [InlineData("/etc/ngoai.txt")]
    [InlineData("C:/ngoai.txt")]
    public async Task EntryLeavingTheFolder_IsRefused(string name)
    {
        var e = await Assert.ThrowsAsync<RecipeFormatException>(() => ExtractAsync(Zip(("recipe.json", "{}", null), (name, "x", null))));
        Assert.Contains($"mục '{name}' trỏ ra ngoài tệp nén", e.Reason);
    }

    [Fact]
    public async Task SymbolicLink_IsRefused()
    {
        var e = await Assert.ThrowsAsync<RecipeFormatException>(() => ExtractAsync(Zip(("recipe.json", "{}", null), ("media/lien-ket", "/etc/passwd", 0xA1FF))));
        Assert.Contains("mục 'media/lien-ket' là một liên kết tượng trưng", e.Reason);
    }

    [Fact]
    public async Task TooManyEntries_AreRefused()
    {
        var e = await Assert.ThrowsAsync<RecipeFormatException>(() => ExtractAsync(
            Zip(("recipe.json", "{}", null), ("a.txt", "a", null), ("b.txt", "b", null)), new RecipeArchiveLimits(MaxEntries: 2)));
        Assert.Contains("tệp nén có 3 mục, nhiều hơn mức cho phép 2", e.Reason);
    }

    [Fact]
    public async Task ExpandingBeyondTheLimit_IsRefused()
    {
        var e = await Assert.ThrowsAsync<RecipeFormatException>(() => ExtractAsync(
            Zip(("recipe.json", new string(' ', 1000), null)), new RecipeArchiveLimits(MaxExpandedBytes: 100)));
        Assert.Contains("tệp nén giải ra hơn", e.Reason);
    }

    [Fact]
    public async Task NoRecipeAtTheTop_OrNotAZip_SaySo()
    {
        var e = await Assert.ThrowsAsync<RecipeFormatException>(() => ExtractAsync(Zip(("thu-muc/recipe.json", "{}", null))));
        Assert.Contains("không có recipe.json ở thư mục gốc", e.Reason);

        var text = Path.Combine(_folder, "khong-phai.zip");
        await File.WriteAllTextAsync(text, "không phải zip");
        e = await Assert.ThrowsAsync<RecipeFormatException>(() => ExtractAsync(text));
        Assert.Contains("không phải là tệp nén .zip", e.Reason);
    }

    public void Dispose()
    {
        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = _culture;
        Directory.Delete(_folder, recursive: true);
    }
}
