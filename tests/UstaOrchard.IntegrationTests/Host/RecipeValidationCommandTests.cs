using Microsoft.Data.Sqlite;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Host;

/// <summary>
/// A recipe with problems, given to the host as an operator gives it: every problem printed on its own
/// line with its place, exit code 1, nothing changed, no stack trace.
/// </summary>
public class RecipeValidationCommandTests : IDisposable
{
    private readonly string _dataPath = Paths.NewDataFolder();

    private string AppData => Path.Combine(_dataPath, "App_Data");

    private Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
        => HostProcess.RunToEndAsync(HostProcess.Start(_dataPath, AppData, args));

    private string Write(string json)
    {
        var path = Path.Combine(_dataPath, "sai.recipe.json");
        File.WriteAllText(path, json);
        return path;
    }

    private long Count(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(AppData, "usta.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar() ?? 0L);
    }

    private const string Invalid = """
        { "name": "sai",
          "steps": [
            { "name": "Content", "data": [
              { "ContentItemId": "trangtot00000000000000001", "ContentType": "Page", "DisplayText": "Trang tốt", "TitlePart": { "Title": "Trang tốt" } },
              { "ContentItemId": "khongloai0000000000000001", "DisplayText": "Không loại" },
              { "ContentItemId": "loaila000000000000000001", "ContentType": "Podcast", "DisplayText": "Loại lạ" }
            ] },
            { "name": "layers" }
          ] }
        """;

    [Fact]
    public async Task RecipeApply_InvalidRecipe_PrintsEveryProblemWithItsPlace_AndChangesNothing()
    {
        var result = await RunAsync("recipe", "apply", Write(Invalid));

        Assert.Equal(1, result.ExitCode);
        var lines = result.Error.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Công thức có 3 lỗi nên chưa được áp dụng.", lines[0]);
        Assert.Equal("Bước 1 (Content), mục 'khongloai0000000000000001', tại ContentType, dòng 5, cột 7: mục này không có ContentType", lines[1]);
        Assert.StartsWith("Bước 2 (layers): không biết bước 'layers'", lines[2]);
        Assert.StartsWith("Bước 1 (Content), mục 'loaila000000000000000001', tại ContentType, dòng 6, cột 7: loại nội dung 'Podcast'", lines[3]);
        Assert.Equal("Không có gì bị thay đổi.", lines[^1]);
        Assert.Equal(5, lines.Length);
        Assert.DoesNotContain("   at ", result.Error);
        Assert.Equal(0, Count("SELECT COUNT(*) FROM \"ContentItems\""));
    }

    [Fact]
    public async Task RecipeApply_JsonSyntaxError_SaysLineAndColumn()
    {
        var result = await RunAsync("recipe", "apply", Write("{ \"steps\": [\n  { \"name\": \"Settings\",\n    \"SiteName\": \"A\" \"PageSize\": 5 } ] }"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Không đọc được công thức: sai.recipe.json: JSON sai ở dòng 3, vị trí 21", result.Error);
        Assert.Contains("Không có gì bị thay đổi.", result.Error);
    }

    [Fact]
    public async Task FirstStart_WithAnInvalidSetupRecipe_ListsTheProblems_AndDoesNotServe()
    {
        var result = await RunAsync("--Setup:Recipe", Write(Invalid), "--urls", "http://127.0.0.1:0");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Không cài đặt được trang: Công thức có 3 lỗi nên chưa được áp dụng.", result.Error);
        Assert.Contains("Bước 1 (Content), mục 'khongloai0000000000000001', tại ContentType, dòng 5, cột 7:", result.Error);
        Assert.Contains("Không có gì bị thay đổi.", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
        Assert.DoesNotContain("Now listening", result.Output);
    }

    public void Dispose()
    {
        Paths.DeleteFolder(_dataPath);
        GC.SuppressFinalize(this);
    }
}
