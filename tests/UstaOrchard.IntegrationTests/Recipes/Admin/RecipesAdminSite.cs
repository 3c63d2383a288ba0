using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using UstaOrchard.Core.Recipes;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Recipes.Admin;

/// <summary>
/// A usta-setup site for the recipes pages, with small upload limits (so that each refusal is cheap to
/// provoke) and three test steps: one that records what its JSON lists into the journal, one that fails
/// only when really applied, and one that waits at a gate the test opens (a run caught while running).
/// </summary>
public sealed class RecipesAdminSite : IAsyncLifetime
{
    public const long MaxUploadBytes = 300_000;
    public const int MaxZipEntries = 20;
    public const long MaxExpandedBytes = 1_000_000;

    public UstaAppFactory Factory { get; } = new(TestDatabase.Sqlite(), settings: new Dictionary<string, string?>
    {
        ["Recipes:MaxUploadBytes"] = MaxUploadBytes.ToString(),
        ["Recipes:MaxZipEntries"] = MaxZipEntries.ToString(),
        ["Recipes:MaxExpandedBytes"] = MaxExpandedBytes.ToString(),
    }, services: services =>
    {
        services.AddRecipeStep<JournalTestStep>();
        services.AddRecipeStep<FailTestStep>();
        services.AddRecipeStep<GateTestStep>();
    });

    public string UploadsFolder => Path.Combine(Factory.DataPath, "RecipeUploads");

    public Task InitializeAsync()
    {
        Factory.Logs.Expect(e => e.Category.Contains("RecipeExecutor") && e.Message.Contains("failed at step"));
        Factory.CreateClient().Dispose();
        return Task.CompletedTask;
    }

    // The gate is not opened here: it is shared by the classes of this fixture, which run in parallel; a run
    // left waiting is cancelled when the host stops.
    public async Task DisposeAsync() => await Factory.DisposeAsync();

    public Task<HttpClient> AdministratorAsync() => Factory.SignedInAsync("Administrator");

    /// <summary>Posts the upload form as a browser does: its antiforgery token first, then the file.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string fileName, byte[] content)
    {
        var page = await client.GetDocumentAsync("/Admin/Recipes");
        var token = page.QuerySelector("#upload-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        // Set by hand: an empty file input still sends filename="", which MultipartFormDataContent refuses to write.
        file.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"file\"", FileName = "\"" + fileName + "\"" };
        form.Add(file);
        return await client.PostAsync("/Admin/Recipes?handler=Upload", form);
    }

    /// <summary>Uploads and follows the 303 to the preview.</summary>
    public static async Task<(string Url, IHtmlDocument Page)> UploadAndPreviewAsync(HttpClient client, string fileName, byte[] content)
    {
        var response = await UploadAsync(client, fileName, content);
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var url = response.Headers.Location!.OriginalString;
        return (url, await client.GetDocumentAsync(url));
    }

    /// <summary>Presses Apply on a preview and follows the 303 to the run's page; returns the run page's URL.</summary>
    public static async Task<string> ApplyAsync(HttpClient client, IHtmlDocument preview, string previewUrl, IDictionary<string, string>? fields = null)
    {
        var response = await client.SubmitAsync(preview, "apply-form", fields ?? new Dictionary<string, string>(), previewUrl);
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    /// <summary>Reloads the run page, as its refresh does without JavaScript, until the run has ended.</summary>
    public static async Task<IHtmlDocument> WaitForResultAsync(HttpClient client, string runUrl)
    {
        for (var i = 0; i < 600; i++)
        {
            var page = await client.GetDocumentAsync(runUrl);
            if (page.QuerySelector("#run-status") is null) return page;
            await Task.Delay(100);
        }
        throw new TimeoutException("The recipe run did not end: " + runUrl);
    }

    public static byte[] Json(object recipe) => Encoding.UTF8.GetBytes(JsonSerializer.Serialize(recipe));

    public static byte[] Zip(params (string Name, byte[] Content)[] entries) => Zip(entries.Select(e => (e.Name, e.Content, 0)).ToArray());

    /// <summary>A .zip of the entries; a non-zero <c>UnixMode</c> is written as made on Unix (0xA1FF: a symlink).</summary>
    public static byte[] Zip(params (string Name, byte[] Content, int UnixMode)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content, mode) in entries)
            {
                var entry = archive.CreateEntry(name, CompressionLevel.SmallestSize);
                if (mode != 0) entry.ExternalAttributes = mode << 16;
                using var stream = entry.Open();
                stream.Write(content);
            }
        }
        return buffer.ToArray();
    }

    public static string NewId() => Guid.NewGuid().ToString("N")[..26];

    /// <summary>A Content step with one published page.</summary>
    public static object PageStep(string id, string title, string path) => new
    {
        name = "Content",
        data = new object[]
        {
            new
            {
                ContentItemId = id, ContentItemVersionId = NewId(), ContentType = "Page", DisplayText = title, Latest = true, Published = true,
                TitlePart = new { Title = title }, AutoroutePart = new { Path = path }, HtmlBodyPart = new { Html = "<p>" + title + "</p>" },
            },
        },
    };

    public Task<bool> ItemExistsAsync(string id) => Factory.InScopeAsync(async sp =>
        await sp.GetRequiredService<UstaOrchard.Core.Contents.ContentManager>().GetAsync(id, UstaOrchard.Core.Contents.VersionOptions.Latest) is not null);
}

/// <summary><c>TestJournal</c>: records each of its <c>changes</c> (<c>[kind, subject, key, type, title]</c>) in the journal.</summary>
public sealed class JournalTestStep : IRecipeStepHandler
{
    public string Name => "TestJournal";

    public Task<string> ExecuteAsync(RecipeStepContext context)
    {
        foreach (var change in context.Step["changes"]!.AsArray())
        {
            var parts = change!.AsArray().Select(n => n?.GetValue<string>()).ToArray();
            context.Record(parts[1]!, Enum.Parse<RecipeChangeKind>(parts[0]!), parts[2]!, parts[3], parts[4]);
        }
        return Task.FromResult("ghi nhật ký thử");
    }
}

/// <summary><c>TestFail</c>: fails at item <c>muc-hong</c> when really applied; a preview passes it.</summary>
public sealed class FailTestStep : IRecipeStepHandler
{
    public string Name => "TestFail";

    public Task<string> ExecuteAsync(RecipeStepContext context)
        => context.DryRun ? Task.FromResult("") : throw new RecipeStepException("hỏng có chủ ý", "muc-hong");
}

/// <summary><c>TestGate</c>: when really applied, waits until the test opens the gate.</summary>
public sealed class GateTestStep : IRecipeStepHandler
{
    private static TaskCompletionSource _gate = NewGate();

    public string Name => "TestGate";

    public static void Close() => _gate = NewGate();

    public static void Open() => _gate.TrySetResult();

    public async Task<string> ExecuteAsync(RecipeStepContext context)
    {
        if (!context.DryRun) await _gate.Task.WaitAsync(TimeSpan.FromSeconds(60), context.CancellationToken);
        return "";
    }

    private static TaskCompletionSource NewGate() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
