using System.Globalization;
using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Recipes;

namespace UstaOrchard.UnitTests.Recipes;

/// <summary>
/// A recipe may be written by someone else: its expressions cannot read secrets or files outside
/// its folder, run code they were handed as data, or exhaust the machine. Each refusal is a
/// Vietnamese sentence that names what was refused.
/// </summary>
public sealed class RecipeSandboxTests : IDisposable
{
    private const string Secret = "Mat-khau-bi-mat-2024!";
    private readonly string _folder = Directory.CreateTempSubdirectory("usta-sandbox-").FullName;
    private readonly string _outside = Directory.CreateTempSubdirectory("usta-outside-").FullName;

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
        Directory.Delete(_outside, recursive: true);
    }

    private RecipeExpressions Expressions(string variablesJson = "{}", Dictionary<string, string?>? settings = null,
        Dictionary<string, string?>? parameters = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["Setup:AdminPassword"] = Secret,
            ["ConnectionStrings:Default"] = "Host=db;Password=" + Secret,
            ["Site:TimeZone"] = "Asia/Ho_Chi_Minh",
        };
        foreach (var (key, value) in settings ?? []) all[key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(all).Build();
        var recipe = Recipe.Parse($$"""{ "variables": {{variablesJson}}, "steps": [] }""", _folder);
        return new RecipeExpressions(recipe, parameters ?? new Dictionary<string, string?>(), configuration);
    }

    private static string Value(RecipeExpressions expressions, string expression)
        => InVietnamese(() => expressions.Evaluate(JsonValue.Create(expression))!.GetValue<string>());

    private static RecipeStepException Refused(RecipeExpressions expressions, string expression)
        => InVietnamese(() => Assert.Throws<RecipeStepException>(() => expressions.Evaluate(JsonValue.Create(expression))));

    private static T InVietnamese<T>(Func<T> work)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("vi-VN");
        try
        {
            return work();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    [Theory]
    [InlineData("Setup:AdminPassword")]
    [InlineData("Setup__AdminPassword")]
    [InlineData("setup:adminpassword")]
    [InlineData("ConnectionStrings:Default")]
    [InlineData("ANYTHING")]
    public void ConfigurationOutsideTheAllowList_IsRefused_NamingTheKeyAndNotTheValue(string key)
    {
        var error = Refused(Expressions(), $"[js: configuration('{key}', 'x')]");

        Assert.Contains($"không được đọc khóa cấu hình '{key}'", error.Message);
        Assert.DoesNotContain(Secret, error.Message);
    }

    [Fact]
    public void AllowedConfiguration_IsRead_AndAnOperatorMayAllowMore_ButNeverASecret()
    {
        var expressions = Expressions(settings: new()
        {
            ["Recipes:AllowedConfigurationKeys:0"] = "Site:Slogan",
            ["Recipes:AllowedConfigurationKeys:1"] = "Setup:AdminPassword",
            ["Site:Slogan"] = "Vì khoa học",
        });

        Assert.Equal("Asia/Ho_Chi_Minh", Value(expressions, "[js: configuration('Site:TimeZone')]"));
        Assert.Equal("mặc định", Value(expressions, "[js: configuration('Setup:SiteName', 'mặc định')]"));
        Assert.Equal("Vì khoa học", Value(expressions, "[js: configuration('Site:Slogan')]"));
        Assert.DoesNotContain(Secret, Refused(expressions, "[js: configuration('Setup:AdminPassword')]").Message);
    }

    [Fact]
    public void ValueThatLooksLikeAnExpression_IsReturnedAsData_NotRunAgain()
    {
        var expressions = Expressions(
            """{ "nested": "[js: '[js: configuration(\"Setup:AdminPassword\")]']" }""",
            parameters: new() { ["SiteName"] = "[js: 6 * 7]" });

        Assert.Equal("[js: 6 * 7]", Value(expressions, "[js: parameters('SiteName')]"));
        Assert.Equal("""[js: configuration("Setup:AdminPassword")]""", Value(expressions, "[js: variables('nested')]"));
    }

    [Fact]
    public void FileThroughSymlinks_OrOutsideTheFolder_IsRefused()
    {
        File.WriteAllText(Path.Combine(_outside, "secret.txt"), Secret);
        File.WriteAllText(Path.Combine(_folder, "inside.html"), "<p>Trong thư mục</p>");
        File.CreateSymbolicLink(Path.Combine(_folder, "passwd"), "/etc/passwd");
        File.CreateSymbolicLink(Path.Combine(_folder, "secret.txt"), Path.Combine(_outside, "secret.txt"));
        Directory.CreateSymbolicLink(Path.Combine(_folder, "out"), _outside);
        Directory.CreateSymbolicLink(Path.Combine(_folder, "relative"), Path.Combine("..", Path.GetFileName(_outside)));
        File.CreateSymbolicLink(Path.Combine(_folder, "alias.html"), "inside.html");
        var expressions = Expressions();

        Assert.Equal("<p>Trong thư mục</p>", Value(expressions, "[file: text('alias.html')]"));
        // A [file: …] path is literal, as in Orchard (no JavaScript escapes): the NUL is written as itself.
        foreach (var path in new[] { "passwd", "secret.txt", "out/secret.txt", "relative/secret.txt", "/etc/passwd", "../" + Path.GetFileName(_outside) + "/secret.txt", "inside.html\0" })
        {
            var error = Refused(expressions, $"[file: text('{path}')]");
            Assert.Contains("nằm ngoài thư mục của công thức", error.Message);
            Assert.DoesNotContain(Secret, error.Message);
            Assert.DoesNotContain("root:", error.Message);
        }
    }

    [Fact]
    public void FileBase64_ReadsTheFilesBytes_WhileJsBase64StillDecodes()
    {
        var bytes = Enumerable.Range(0, 3000).Select(i => (byte)(i * 7)).ToArray();
        File.WriteAllBytes(Path.Combine(_folder, "anh.jpg"), bytes);
        File.WriteAllText(Path.Combine(_outside, "secret.txt"), Secret);
        var expressions = Expressions();

        Assert.Equal(Convert.ToBase64String(bytes), Value(expressions, "[file: base64('anh.jpg')]"));
        Assert.Equal(Convert.ToBase64String(bytes), Value(expressions, "[file:base64('anh.jpg')]"));
        Assert.Equal("Đồng Nai", Value(expressions, $"[js: base64('{Convert.ToBase64String(Encoding.UTF8.GetBytes("Đồng Nai"))}')]"));
        Assert.Contains("nằm ngoài thư mục của công thức", Refused(expressions, $"[file: base64('../{Path.GetFileName(_outside)}/secret.txt')]").Message);
        Assert.Contains("nằm ngoài thư mục của công thức", Refused(expressions, "[file: base64('/etc/passwd')]").Message);
        Assert.Contains("lệnh đọc tệp '6 * 7' không được hỗ trợ", Refused(expressions, "[file: 6 * 7]").Message);
    }

    [Fact]
    public void FileBase64_IsBoundedByItsText_NotByTheFile()
    {
        File.WriteAllBytes(Path.Combine(_folder, "768.bin"), new byte[768]);
        File.WriteAllBytes(Path.Combine(_folder, "769.bin"), new byte[769]);
        var expressions = Expressions(settings: new() { ["Recipes:Limits:MaxDecodedBytes"] = "1024" });

        Assert.Equal(1024, Value(expressions, "[file: base64('768.bin')]").Length);
        Assert.Contains("giới hạn 1024 byte", Refused(expressions, "[file: base64('769.bin')]").Message);
    }

    [Fact]
    public void RecipeWithoutAFolder_ReadsNoFile_NotEvenFromTheWorkingDirectory()
    {
        var recipe = Recipe.Parse("""{ "steps": [] }""");
        var expressions = new RecipeExpressions(recipe, new Dictionary<string, string?>(), new ConfigurationBuilder().Build());
        var name = Path.GetFileName(typeof(RecipeSandboxTests).Assembly.Location);
        Assert.True(File.Exists(name) || File.Exists(Path.Combine(Directory.GetCurrentDirectory(), name)));

        Assert.Contains("không có thư mục nên không được đọc tệp", Refused(expressions, $"[file: text('{name}')]").Message);
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int mkfifo(string path, uint mode);

    [Fact]
    public void NamedPipeInTheFolder_IsRefusedInsteadOfBlockingTheRecipe()
    {
        var pipe = Path.Combine(_folder, "pipe");
        Assert.Equal(0, mkfifo(pipe, 0x1B6));

        var error = Refused(Expressions(), "[file: text('pipe')]");

        Assert.Contains("không đọc được tệp 'pipe' trong 5 giây", error.Message);
        // Release the reader still waiting in open(): a writer that closes at once gives it the end of the file.
        new FileStream(pipe, FileMode.Open, FileAccess.Write).Dispose();
    }

    [Fact]
    public void GzipBomb_IsRefused_WithoutExpandingIt()
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 64; i++) gzip.Write(zeros);
        }
        var bomb = Convert.ToBase64String(compressed.ToArray());
        var expressions = Expressions();

        var before = GC.GetAllocatedBytesForCurrentThread();
        var error = Refused(expressions, $"[js: gzip('{bomb}')]");
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Contains("lớn hơn giới hạn 16777216 byte", error.Message);
        Assert.True(allocated < 200L * 1024 * 1024, $"decoding a refused bomb allocated {allocated:N0} bytes");
        Assert.True(error.Message.Length < 400, error.Message);
    }

    [Fact]
    public void GzipUpToTheLimit_IsDecoded_WithinTheScriptMemoryLimit()
    {
        const int size = 16 * 1024 * 1024;
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
            gzip.Write(Encoding.UTF8.GetBytes(new string('a', size)));

        var text = Value(Expressions(), $"[js: gzip('{Convert.ToBase64String(compressed.ToArray())}')]");

        Assert.Equal(size, text.Length);
    }

    [Fact]
    public void EveryDecoder_HonoursTheConfiguredLimit()
    {
        File.WriteAllText(Path.Combine(_folder, "big.txt"), new string('a', 2048));
        var expressions = Expressions(settings: new() { ["Recipes:Limits:MaxDecodedBytes"] = "1024" });
        var base64 = Convert.ToBase64String(new byte[2048]);

        Assert.Contains("giới hạn 1024 byte", Refused(expressions, $"[js: base64('{base64}')]").Message);
        Assert.Contains("giới hạn 1024 byte", Refused(expressions, "[file: text('big.txt')]").Message);
        Assert.Contains("giới hạn 1024 byte", Refused(expressions, "[js: 'x'.repeat(2000)]").Message);
        Assert.Equal(1000, Value(expressions, "[js: 'x'.repeat(1000)]").Length);
    }

    // Jint checks its memory limit between statements: one call that multiplies its input would
    // allocate gigabytes first. Each is refused before it allocates, whatever the script returns.
    [Theory]
    [InlineData("[js: 'x'.repeat(500000000).length]")]
    [InlineData("[js: ''.padEnd(500000000, 'x').length]")]
    [InlineData("[js: ''.padStart(500000000).length]")]
    [InlineData("[js: var s = 'x'.repeat(1000000); s.concat(s, s, s, s, s, s, s, s, s, s, s, s, s, s, s, s, s).length]")]
    [InlineData("[js: new Array(10000).join('x'.repeat(100000)).length]")]
    [InlineData("[js: 'x'.repeat(1000000).replace(/x/g, 'y'.repeat(1000)).length]")]
    [InlineData("[js: 'x'.repeat(1000000).replaceAll('x', 'y'.repeat(1000)).length]")]
    [InlineData("[js: var big = 'y'.repeat(1000000); 'x'.repeat(1000).replace(/x/g, function () { return big; }).length]")]
    [InlineData("[js: new Array(100000000).length]")]
    public void OneCallThatMultipliesItsInput_IsRefusedBeforeItAllocates(string expression)
    {
        var expressions = Expressions();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var error = Refused(expressions, expression);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(allocated < 300L * 1024 * 1024, $"{expression} allocated {allocated:N0} bytes before it was refused");
        Assert.True(error.Message.Contains("giới hạn 16777216 byte") || error.Message.Contains("byte bộ nhớ"), error.Message);
    }

    [Fact]
    public void TheGuardedBuiltIns_CannotBeRestored()
    {
        var expressions = Expressions();
        Value(expressions, "[js: try { String.prototype.repeat = function () { return 'ok'; }; } catch (e) { } delete String.prototype.repeat; 'a']");
        Assert.Contains("giới hạn 16777216 byte", Refused(expressions, "[js: 'x'.repeat(500000000).length]").Message);
    }

    [Fact]
    public void EndlessLoop_StopsAtTheStatementLimit()
    {
        var error = Refused(Expressions(), "[js: while (true) {}]");
        Assert.Contains("chạy quá 100000 câu lệnh", error.Message);
    }

    [Fact]
    public void GrowingString_StopsAtTheMemoryLimit()
    {
        var expressions = Expressions(settings: new() { ["Recipes:Limits:ScriptMemoryBytes"] = "4000000" });
        var error = Refused(expressions, "[js: var a = []; for (var i = 0; i < 90000; i++) a.push('dòng số ' + i); a.length]");
        Assert.Contains("dùng quá 4000000 byte bộ nhớ", error.Message);
    }

    [Fact]
    public void ScriptTime_IsOneBudgetForTheWholeRecipe()
    {
        var expressions = Expressions(settings: new()
        {
            ["Recipes:Limits:ScriptSeconds"] = "0.3",
            ["Recipes:Limits:ScriptStatements"] = "2000000000",
        });

        Assert.Contains("quá 0,3 giây", Refused(expressions, "[js: while (true) {}]").Message);
        // The budget is spent: a later, harmless expression of the same recipe is refused too.
        Assert.Contains("quá 0,3 giây", Refused(expressions, "[js: 1 + 1]").Message);
    }

    [Fact]
    public void VariablesInACycle_AreNamedOnce()
    {
        var expressions = Expressions("""{ "a": "[js: variables('b')]", "b": "[js: variables('c')]", "c": "[js: variables('a')]" }""");

        var error = Refused(expressions, "[js: variables('a')]");

        Assert.Equal("các biến tham chiếu vòng quanh nhau: a -> b -> c -> a", error.Message);
    }

    [Theory]
    [InlineData("[js: variables('missing')]", "biến 'missing' chưa được khai báo trong công thức")]
    [InlineData("[js: uuid(]", "biểu thức [js: uuid(] không chạy được: sai cú pháp ở dòng 1")]
    [InlineData("[js: gzip('bm90IGd6aXA=')]", "giá trị không phải dữ liệu gzip")]
    [InlineData("[js: base64('***')]", "giá trị không phải chuỗi base64")]
    [InlineData("[file: text('missing.html')]", "không có tệp 'missing.html' trong thư mục của công thức")]
    public void Reasons_AreVietnamese(string expression, string expected)
        => Assert.Contains(expected, Refused(Expressions(), expression).Message);

    [Fact]
    public void BadDateInAnItem_IsExplainedInVietnamese()
    {
        var error = InVietnamese(() => Assert.Throws<FormatException>(() => ContentItemJson.FromJson(new JsonObject { ["CreatedUtc"] = "hôm qua" })));
        Assert.Equal("CreatedUtc 'hôm qua' không phải một ngày (hãy viết như 2021-12-08T02:50:00Z)", error.Message);
    }
}
