using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Host;

/// <summary>The host's verbs, run as an operator runs them: a separate process on a data folder.</summary>
public class CommandLineTests : IDisposable
{
    private readonly string _dataPath = Paths.NewDataFolder();

    private Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
        => HostProcess.RunToEndAsync(HostProcess.Start(_dataPath, Path.Combine(_dataPath, "App_Data"), args));

    [Fact]
    public async Task RecipeApply_PrintsEachStep_AndASecondApplyChangesNothing()
    {
        var first = await RunAsync("recipe", "apply", Paths.Fixture("small.recipe.json"));
        Assert.True(first.ExitCode == 0, first.Error + first.Output);
        Assert.Contains("Đã áp dụng công thức 'small':", first.Output);
        Assert.Contains("1. Settings: 2 thiết lập: SiteName, PageSize", first.Output);
        Assert.Contains("2. Content: tạo mới 2, cập nhật 0, giữ nguyên 0", first.Output);

        var second = await RunAsync("recipe", "apply", Paths.Fixture("small.recipe.json"));
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("2. Content: tạo mới 0, cập nhật 0, giữ nguyên 2", second.Output);
    }

    [Fact]
    public async Task RecipeApply_BrokenRecipe_ExitsNonZero_NamingStepAndItem()
    {
        var result = await RunAsync("recipe", "apply", Paths.Fixture("broken.recipe.json"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Bước 2 (Content) thất bại tại mục 'brokenitem0000000000000001 \"Bản tin số 0\"': Số bản tin phải là số nguyên dương.", result.Error);
        Assert.Contains("Không có gì bị thay đổi.", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public async Task RecipeApply_MissingFile_SaysSo()
    {
        var result = await RunAsync("recipe", "apply", "khong-co.recipe.json");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Không đọc được công thức", result.Error);
        Assert.Contains("khong-co.recipe.json", result.Error);
    }

    [Fact]
    public async Task FirstStart_WithABrokenSetupRecipe_ExplainsAndStopsWithoutServing()
    {
        var result = await RunAsync("--Setup:Recipe", Paths.Fixture("broken.recipe.json"), "--urls", "http://127.0.0.1:0");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Không cài đặt được trang: Bước 2 (Content) thất bại", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
        Assert.DoesNotContain("Now listening", result.Output);
    }

    [Fact]
    public async Task UnknownVerb_PrintsUsage()
    {
        var result = await RunAsync("lam", "gi");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Lệnh không hợp lệ: lam gi", result.Error);
        Assert.Contains("recipe apply FILE", result.Error);
    }

    public void Dispose()
    {
        Paths.DeleteFolder(_dataPath);
        GC.SuppressFinalize(this);
    }
}
