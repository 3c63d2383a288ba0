using Microsoft.Data.Sqlite;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Host;

/// <summary><c>index rebuild [MODULE]</c>, run as an operator runs it: a separate process on a data folder.</summary>
public class IndexRebuildCommandTests : IDisposable
{
    private readonly string _dataPath = Paths.NewDataFolder();

    private string AppData => Path.Combine(_dataPath, "App_Data");

    private Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
        => HostProcess.RunToEndAsync(HostProcess.Start(_dataPath, AppData, args));

    private long Execute(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(AppData, "usta.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar() ?? 0L);
    }

    [Fact]
    public async Task IndexRebuild_RefillsTheModulesRows_AndSaysHowMany()
    {
        var applied = await RunAsync("recipe", "apply", Paths.Fixture("small.recipe.json"));
        Assert.True(applied.ExitCode == 0, applied.Error + applied.Output);
        Execute("DELETE FROM \"AutorouteIndex\"");

        var result = await RunAsync("index", "rebuild", "Usta.Contents");

        Assert.True(result.ExitCode == 0, result.Error + result.Output);
        Assert.Contains("Đã dựng lại chỉ mục của phân hệ Usta.Contents: 2 mục nội dung", result.Output);
        Assert.Equal(1, Execute("SELECT COUNT(*) FROM \"AutorouteIndex\" WHERE \"Path\" = 'gioi-thieu' AND \"Published\" = 1"));
        Assert.Equal(2, Execute("SELECT COUNT(*) FROM \"AutorouteIndex\""));

        var all = await RunAsync("index", "rebuild");
        Assert.Equal(0, all.ExitCode);
        Assert.Contains("Đã dựng lại chỉ mục của mọi phân hệ: 2 mục nội dung", all.Output);
    }

    [Fact]
    public async Task IndexRebuild_OfAnUnknownModule_ExitsNonZero_ListingTheModules()
    {
        var result = await RunAsync("index", "rebuild", "Usta.Khong");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Không có phân hệ 'Usta.Khong' nào đang bật", result.Error);
        Assert.Contains("Usta.Contents", result.Error);
    }

    public void Dispose()
    {
        Paths.DeleteFolder(_dataPath);
        GC.SuppressFinalize(this);
    }
}
