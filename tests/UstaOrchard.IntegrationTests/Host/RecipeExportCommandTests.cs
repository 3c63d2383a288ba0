using System.IO.Compression;
using System.Text.Json.Nodes;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Host;

/// <summary><c>recipe export</c> as an operator runs it: a separate process on a data folder, exit codes and messages.</summary>
public class RecipeExportCommandTests : IDisposable
{
    private readonly string _dataPath = Paths.NewDataFolder();
    private readonly string _otherDataPath = Paths.NewDataFolder();

    private Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args) => RunInAsync(_dataPath, args);

    private static Task<(int ExitCode, string Output, string Error)> RunInAsync(string dataPath, params string[] args)
        => HostProcess.RunToEndAsync(HostProcess.Start(dataPath, Path.Combine(dataPath, "App_Data"), args));

    private async Task ApplySmallAsync()
    {
        var applied = await RunAsync("recipe", "apply", Paths.Fixture("small.recipe.json"));
        Assert.True(applied.ExitCode == 0, applied.Error + applied.Output);
    }

    [Fact]
    public async Task ExportJson_WritesARecipeOfTheChosenType_AndRefusesToOverwriteIt()
    {
        await ApplySmallAsync();
        var file = Path.Combine(_dataPath, "trang.json");

        var result = await RunAsync("recipe", "export", file, "--types", "page");
        Assert.True(result.ExitCode == 0, result.Error + result.Output);
        Assert.Contains($"Đã xuất vào {file}:", result.Output);
        Assert.Contains("Content: 1 phiên bản nội dung", result.Output);
        var recipe = JsonNode.Parse(await File.ReadAllTextAsync(file))!;
        var steps = recipe["steps"]!.AsArray().Select(s => (string)s!["name"]!).ToList();
        Assert.Equal(["ContentDefinition", "Content"], steps);
        var item = recipe["steps"]![1]!["data"]![0]!;
        Assert.Equal("Page", (string)item["ContentType"]!);
        Assert.Equal("Giới thiệu", (string)item["DisplayText"]!);

        var again = await RunAsync("recipe", "export", file);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains($"'{file}' đã có: lệnh xuất không bao giờ ghi đè tệp", again.Error);
    }

    [Fact]
    public async Task ExportZip_OfTheWholeSite_AppliesToAnEmptySite()
    {
        await ApplySmallAsync();
        var zip = Path.Combine(_dataPath, "sao-luu.zip");

        var export = await RunAsync("recipe", "export", zip, "--include-media", "--all-versions");
        Assert.True(export.ExitCode == 0, export.Error + export.Output);
        Assert.Contains("Users: ", export.Output);
        Assert.Contains("Tệp chứa mã băm mật khẩu", export.Output);
        await using (var archive = await ZipArchive.CreateAsync(File.OpenRead(zip), ZipArchiveMode.Read, false, null))
            Assert.Contains(archive.Entries, e => e.FullName == "recipe.json");

        var apply = await RunInAsync(_otherDataPath, "recipe", "apply", zip);
        Assert.True(apply.ExitCode == 0, apply.Error + apply.Output);
        Assert.Contains("Content: tạo mới 2, cập nhật 0, giữ nguyên 0", apply.Output);
    }

    [Theory]
    [InlineData("--types", "Article,KhongCo", 1, "Không có loại nội dung 'KhongCo'. Các loại: ")]
    [InlineData("--types", null, 2, "--types cần một danh sách loại nội dung")]
    public async Task BadTypes_ExitWithTheReason(string option, string? value, int exitCode, string message)
    {
        var file = Path.Combine(_dataPath, "x.json");
        var result = value is null ? await RunAsync("recipe", "export", file, option) : await RunAsync("recipe", "export", file, option, value);
        Assert.Equal(exitCode, result.ExitCode);
        Assert.Contains(message, result.Error);
        Assert.DoesNotContain("   at ", result.Error);
        Assert.False(File.Exists(file));
    }

    [Fact]
    public async Task UnwritablePath_SaysSo_AndLeavesNothing()
    {
        var file = Path.Combine(_dataPath, "khong-co-thu-muc", "x.zip");
        var result = await RunAsync("recipe", "export", file);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"Không ghi được tệp '{file}': thư mục chứa nó không tồn tại", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    public void Dispose()
    {
        Paths.DeleteFolder(_dataPath);
        Paths.DeleteFolder(_otherDataPath);
        GC.SuppressFinalize(this);
    }
}
