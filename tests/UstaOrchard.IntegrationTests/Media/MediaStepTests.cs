using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Usta.Media;
using UstaOrchard.Core.Media;
using UstaOrchard.Core.Recipes;
using UstaOrchard.Core.Recipes.Validation;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Media;

/// <summary>
/// The <c>media</c> recipe step on a real site and store: files land only with their recipe, a
/// failure anywhere leaves the store as it was, and hostile paths are refused with the reason.
/// </summary>
public sealed class MediaStepTests : IAsyncLifetime
{
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, .. Enumerable.Range(0, 5000).Select(i => (byte)(i * 31)), 0xFF, 0xD9];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. Enumerable.Range(0, 300).Select(i => (byte)i)];
    private static readonly byte[] OtherPng = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. Enumerable.Range(0, 200).Select(i => (byte)(255 - i))];

    private readonly string _folder = Directory.CreateTempSubdirectory("usta-media-recipe-").FullName;
    private readonly string _outside = Directory.CreateTempSubdirectory("usta-media-outside-").FullName;
    private readonly Changes _changes = new();
    private TestSite _site = null!;

    private sealed class Changes : IMediaChangeHandler
    {
        public ConcurrentQueue<MediaChange> Seen { get; } = new();

        public Task ChangedAsync(MediaChange change, CancellationToken ct)
        {
            Seen.Enqueue(change);
            return Task.CompletedTask;
        }
    }

    /// <summary>A step that stops its recipe as an operator's Ctrl+C would.</summary>
    private sealed class CancelStep(CancellationTokenSource cancel) : IRecipeStepHandler
    {
        public string Name => "CancelNow";

        public Task<string> ExecuteAsync(RecipeStepContext context)
        {
            cancel.Cancel();
            context.CancellationToken.ThrowIfCancellationRequested();
            return Task.FromResult("");
        }
    }

    private readonly CancellationTokenSource _cancel = new();

    public async Task InitializeAsync()
    {
        File.WriteAllBytes(Path.Combine(_folder, "hoi-nghi.jpg"), Jpeg);
        File.WriteAllBytes(Path.Combine(_outside, "secret.jpg"), Jpeg);
        _site = await TestSite.CreateAsync(TestDatabase.Sqlite(),
            services: s => s.AddSingleton<IMediaChangeHandler>(_changes).AddSingleton(_cancel).AddRecipeStep<CancelStep>());
    }

    public async Task DisposeAsync()
    {
        await _site.DisposeAsync();
        _cancel.Dispose();
        Paths.DeleteFolder(_folder);
        Paths.DeleteFolder(_outside);
    }

    private string MediaRoot => Path.Combine(_site.DataPath, "Media");

    private string Stored(string path) => Path.Combine(MediaRoot, path);

    private async Task<RecipeResult> ApplyAsync(object steps, RecipeOptions? options = null, CancellationToken ct = default)
    {
        var file = Path.Combine(_folder, "test.recipe.json");
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(new { name = "media-test", steps }));
        return await _site.Services.GetRequiredService<RecipeExecutor>().ExecuteAsync(await Recipe.LoadAsync(file), options, ct);
    }

    private sealed record Refusal(int StepIndex, string StepName, string? Item, string Message);

    // What the validation sees is refused before anything runs (one issue here); the rest fails as the step runs.
    private async Task<Refusal> RefusedAsync(object steps, RecipeOptions? options = null)
    {
        _site.Logs.Expect(e => e.Category.EndsWith(nameof(RecipeExecutor)));
        var error = await Assert.ThrowsAnyAsync<Exception>(() => ApplyAsync(steps, options));
        if (error is RecipeValidationException invalid)
        {
            var issue = Assert.Single(invalid.Issues);
            return new Refusal(issue.StepIndex ?? 0, issue.StepName ?? "", issue.Item, RecipeIssueText.Describe(issue));
        }
        var failed = Assert.IsType<RecipeExecutionException>(error);
        return new Refusal(failed.StepIndex, failed.StepName, failed.Item, failed.Message);
    }

    private static object Media(params object[] files) => new { name = "media", Files = files };

    private static readonly object FailingContentStep = new
    {
        name = "Content",
        // A date only the step reads: the validation lets it through, so the step fails after the media step ran.
        data = new[] { new { ContentItemId = "baddate0000000000000000001", ContentType = "Page", DisplayText = "Trang 1", PublishedUtc = "hôm qua" } },
    };

    private void AssertNoStaging() => Assert.False(Directory.Exists(Stored(".staging")), "the staging folder is left behind");

    [Fact]
    public async Task Base64AndSourcePath_PutTheFilesInTheStore_AndNotify()
    {
        var result = await ApplyAsync(new[]
        {
            Media(
                new { TargetPath = "tin-tuc/2021/hoi-nghi.jpg", SourcePath = "hoi-nghi.jpg" },
                new { Path = "ban-tin/bia.png", Base64 = Convert.ToBase64String(Png) },
                new { TargetPath = "ban-tin/ban-sao.jpg", Base64 = "[file: base64('hoi-nghi.jpg')]" }),
        });

        Assert.Equal("3 tệp", result.Steps[0].Summary);
        Assert.Equal(Jpeg, File.ReadAllBytes(Stored("tin-tuc/2021/hoi-nghi.jpg")));
        Assert.Equal(Png, File.ReadAllBytes(Stored("ban-tin/bia.png")));
        Assert.Equal(Jpeg, File.ReadAllBytes(Stored("ban-tin/ban-sao.jpg")));
        Assert.Equal(["tin-tuc/2021/hoi-nghi.jpg", "ban-tin/bia.png", "ban-tin/ban-sao.jpg"],
            _changes.Seen.Where(c => c.Kind == MediaChangeKind.Written).Select(c => c.Path));
        AssertNoStaging();
    }

    [Fact]
    public async Task FailureInALaterStep_LeavesNoFile_AndNoStagingFolder()
    {
        var error = await RefusedAsync(new[] { Media(new { TargetPath = "tin-tuc/hoi-nghi.jpg", SourcePath = "hoi-nghi.jpg" }), FailingContentStep });

        Assert.Equal(2, error.StepIndex);
        Assert.False(File.Exists(Stored("tin-tuc/hoi-nghi.jpg")));
        Assert.False(Directory.Exists(Stored("tin-tuc")));
        AssertNoStaging();
        Assert.Empty(_changes.Seen);
    }

    [Fact]
    public async Task CancelledRecipe_LeavesNoFile_AndNoStagingFolder()
    {
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ApplyAsync(
            new[] { Media(new { TargetPath = "tin-tuc/hoi-nghi.jpg", SourcePath = "hoi-nghi.jpg" }), new { name = "CancelNow" } }, ct: _cancel.Token));

        Assert.False(File.Exists(Stored("tin-tuc/hoi-nghi.jpg")));
        AssertNoStaging();
    }

    [Fact]
    public async Task FailureAfterTheFilesWerePlaced_RestoresTheReplacedFile_AndRemovesTheNewOne()
    {
        await ApplyAsync(new[] { Media(new { TargetPath = "bia.png", Base64 = Convert.ToBase64String(Png) }) });
        _changes.Seen.Clear();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => ApplyAsync(
            new[] { Media(new { TargetPath = "bia.png", Base64 = Convert.ToBase64String(OtherPng) }, new { TargetPath = "moi.jpg", SourcePath = "hoi-nghi.jpg" }) },
            new RecipeOptions { BeforeCommitAsync = (_, _) => throw new InvalidOperationException("the commit fails") }));

        Assert.Equal("the commit fails", error.Message);
        Assert.Equal(Png, File.ReadAllBytes(Stored("bia.png")));
        Assert.False(File.Exists(Stored("moi.jpg")));
        AssertNoStaging();
        // The handlers heard of the files placed, then of the store being put back.
        Assert.Equal(["Written bia.png", "Written moi.jpg", "Deleted moi.jpg", "Written bia.png"], _changes.Seen.Select(c => $"{c.Kind} {c.Path}"));
    }

    [Fact]
    public async Task ReplacingAFile_KeepsTheNewContent_AndNoCopyOfTheOld()
    {
        await ApplyAsync(new[] { Media(new { TargetPath = "bia.png", Base64 = Convert.ToBase64String(Png) }) });

        await ApplyAsync(new[] { Media(new { TargetPath = "bia.png", Base64 = Convert.ToBase64String(OtherPng) }) });

        Assert.Equal(OtherPng, File.ReadAllBytes(Stored("bia.png")));
        AssertNoStaging();
    }

    [Fact]
    public async Task TheSameFileAgain_IsLeftAlone_AndNobodyIsTold()
    {
        var steps = new[] { Media(new { TargetPath = "bia.png", Base64 = Convert.ToBase64String(Png) }) };
        await ApplyAsync(steps);
        Assert.Equal(Png, File.ReadAllBytes(Stored("bia.png")));
        var written = File.GetLastWriteTimeUtc(Stored("bia.png"));
        _changes.Seen.Clear();

        await ApplyAsync(steps);

        Assert.Empty(_changes.Seen);
        Assert.Equal(written, File.GetLastWriteTimeUtc(Stored("bia.png")));
        AssertNoStaging();
    }

    [Fact]
    public async Task StagingLeftByACrashedRun_IsSweptByTheNextOne_ButNotARecentOne()
    {
        var crashed = Directory.CreateDirectory(Stored(".staging/crashed0000000000000000001-4/new/tin-tuc"));
        File.WriteAllBytes(Path.Combine(crashed.FullName, "anh.jpg"), Jpeg);
        Directory.SetLastWriteTimeUtc(Stored(".staging/crashed0000000000000000001-4"), DateTime.UtcNow.AddDays(-2));
        Directory.CreateDirectory(Stored(".staging/running0000000000000000001-2"));

        await ApplyAsync(new[] { Media(new { TargetPath = "anh.jpg", SourcePath = "hoi-nghi.jpg" }) });

        Assert.False(Directory.Exists(Stored(".staging/crashed0000000000000000001-4")));
        Assert.True(Directory.Exists(Stored(".staging/running0000000000000000001-2")));
    }

    [Theory]
    [InlineData("../thoat.jpg", "chứa '.' hoặc '..': đường dẫn không được ra ngoài thư viện media")]
    [InlineData("anh/../../thoat.jpg", "chứa '.' hoặc '..'")]
    [InlineData("/etc/thoat.jpg", "là đường dẫn tuyệt đối")]
    [InlineData(".staging/x/new/a.jpg", "có tên bắt đầu bằng '.'")]
    [InlineData("anh\\thoat.jpg", "chứa dấu '\\'")]
    [InlineData("anh%2F..%2Fthoat.jpg", "chứa '%'")]
    [InlineData("trang.html", "thư viện media không nhận tệp '.html'")]
    [InlineData("hinh.svg", "thư viện media không nhận tệp '.svg'")]
    [InlineData("khong-co-duoi", "tên tệp không có phần mở rộng")]
    [InlineData("tai-lieu.pdf", "nội dung không phải tệp '.pdf'")]
    public async Task HostileTargetPath_IsRefused_NamingStepItemAndReason(string target, string reason)
    {
        var error = await RefusedAsync(new[] { Media(new { TargetPath = "ok.jpg", SourcePath = "hoi-nghi.jpg" }, new { TargetPath = target, SourcePath = "hoi-nghi.jpg" }) });

        Assert.Equal(1, error.StepIndex);
        Assert.Equal("media", error.StepName);
        Assert.Equal(target, error.Item);
        Assert.Contains("Bước 1 (media)", error.Message);
        Assert.Contains(reason, error.Message);
        Assert.False(File.Exists(Stored("ok.jpg")));
        Assert.False(File.Exists(Path.Combine(_site.DataPath, "thoat.jpg")));
        AssertNoStaging();
    }

    [Fact]
    public async Task HostileSourcePath_IsRefused_WithTheReason()
    {
        File.CreateSymbolicLink(Path.Combine(_folder, "lien-ket.jpg"), Path.Combine(_outside, "secret.jpg"));
        var outside = $"../{Path.GetFileName(_outside)}/secret.jpg";
        foreach (var source in new[] { outside, Path.Combine(_outside, "secret.jpg"), "lien-ket.jpg", "/etc/passwd" })
        {
            var error = await RefusedAsync(new[] { Media(new { TargetPath = "anh.jpg", SourcePath = source }) });
            Assert.Equal("anh.jpg", error.Item);
            Assert.Contains("nằm ngoài thư mục của công thức", error.Message);
        }

        var missing = await RefusedAsync(new[] { Media(new { TargetPath = "anh.jpg", SourcePath = "khong-co.jpg" }) });
        Assert.Contains("không có tệp 'khong-co.jpg' trong thư mục của công thức", missing.Message);
        Assert.False(File.Exists(Stored("anh.jpg")));
        AssertNoStaging();
    }

    [Fact]
    public async Task SourceUrl_IsRefused_TheSiteFetchesNothing()
    {
        var error = await RefusedAsync(new[] { Media(new { TargetPath = "anh.jpg", SourceUrl = "https://example.org/anh.jpg" }) });

        Assert.Equal("anh.jpg", error.Item);
        Assert.Contains("không hỗ trợ \"SourceUrl\": khi áp dụng công thức, trang này không tải gì từ mạng", error.Message);
    }

    [Fact]
    public async Task SourceFileLargerThanAMediaFileMayBe_IsRefused_WithTheLimit()
    {
        await _site.DisposeAsync();
        _site = await TestSite.CreateAsync(TestDatabase.Sqlite(), services: s => s.AddSingleton(new Usta.Media.Recipes.RecipeMediaRules(Microsoft.Extensions.Options.Options.Create(new Usta.Media.MediaOptions())) { MaxFileBytes = 4000 }));

        var error = await RefusedAsync(new[] { Media(new { TargetPath = "anh.jpg", SourcePath = "hoi-nghi.jpg" }) });

        Assert.Equal("anh.jpg", error.Item);
        Assert.Contains("tệp 'hoi-nghi.jpg' lớn hơn 4.000 byte, dung lượng tối đa của một tệp media", error.Message);
        AssertNoStaging();
    }

    [Theory]
    [InlineData("***", "không phải chuỗi base64")]
    [InlineData("QUJD", "lớn hơn giới hạn 2 byte")]
    public async Task BadOrTooLargeBase64_IsRefused(string base64, string reason)
    {
        await _site.DisposeAsync();
        _site = await TestSite.CreateAsync(TestDatabase.Sqlite(), settings: new Dictionary<string, string?> { ["Recipes:Limits:MaxDecodedBytes"] = "2" });

        var error = await RefusedAsync(new[] { Media(new { TargetPath = "anh.jpg", Base64 = base64 }) });

        Assert.Equal("anh.jpg", error.Item);
        Assert.Contains(reason, error.Message);
        Assert.False(File.Exists(Stored("anh.jpg")));
        AssertNoStaging();
    }
}
