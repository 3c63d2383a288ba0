using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.Extensions.DependencyInjection;

namespace UstaOrchard.Core.Recipes.Export;

/// <summary>What an export wrote: each step's summary and the number of files beside the recipe.</summary>
public sealed record RecipeExportResult(IReadOnlyList<(string StepName, string Summary)> Steps, int Files)
{
    public string Summary => string.Join("; ", Steps.Select(s => $"{s.StepName}: {s.Summary}"));
}

/// <summary>
/// Writes a recipe in Orchard's shape (<c>{"name": …, "steps": [ … ]}</c>) from every registered
/// <see cref="IRecipeStepExporter"/>, streamed: the JSON goes to its stream as it is written, so memory
/// stays flat however many items the site holds. A .zip holds <c>recipe.json</c> and the media files the
/// <c>media</c> step names under <c>media/</c>.
/// </summary>
public sealed class RecipeExporter(IEnumerable<IRecipeStepExporter> exporters, TimeProvider clock)
{
    public const string RecipeEntry = "recipe.json";

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>A recipe alone (media inline as Base64) into <paramref name="output"/>.</summary>
    public async Task<RecipeExportResult> WriteJsonAsync(Stream output, RecipeExportOptions options, CancellationToken ct = default)
    {
        var context = await WriteRecipeAsync(output, options, isArchive: false, ct);
        return new RecipeExportResult(context.Summaries, 0);
    }

    /// <summary>A .zip of <c>recipe.json</c> and the media files into <paramref name="output"/> (which may not seek).</summary>
    public async Task<RecipeExportResult> WriteZipAsync(Stream output, RecipeExportOptions options, CancellationToken ct = default)
    {
        await using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        RecipeExportContext context;
        // A zip being created holds one open entry at a time: the recipe first, then each file it names.
        await using (var entry = await zip.CreateEntry(RecipeEntry, CompressionLevel.Fastest).OpenAsync(ct))
            context = await WriteRecipeAsync(entry, options, isArchive: true, ct);
        var files = 0;
        foreach (var (path, open) in context.Files)
        {
            await using var source = await open(ct);
            if (source is null) continue;
            await using var target = await zip.CreateEntry(path, CompressionLevel.Fastest).OpenAsync(ct);
            await source.CopyToAsync(target, ct);
            files++;
        }
        return new RecipeExportResult(context.Summaries, files);
    }

    /// <summary>
    /// Writes to <paramref name="path"/>: a .zip when its name ends so, else plain JSON. The export is written
    /// beside it under a temporary name and moved into place at the end, so a failed export leaves nothing,
    /// and an existing file is never replaced (<see cref="IOException"/>).
    /// </summary>
    public async Task<RecipeExportResult> WriteFileAsync(string path, RecipeExportOptions options, CancellationToken ct = default)
    {
        var full = Path.GetFullPath(path);
        if (File.Exists(full) || Directory.Exists(full)) throw new IOException($"'{full}' already exists.");
        var temporary = full + $".{Guid.NewGuid():N}.tmp";
        try
        {
            RecipeExportResult result;
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
            {
                result = IsZip(full) ? await WriteZipAsync(stream, options, ct) : await WriteJsonAsync(stream, options, ct);
            }
            File.Move(temporary, full, overwrite: false);
            return result;
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    public static bool IsZip(string path) => path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);

    private async Task<RecipeExportContext> WriteRecipeAsync(Stream output, RecipeExportOptions options, bool isArchive, CancellationToken ct)
    {
        await using var writer = new Utf8JsonWriter(output, WriterOptions);
        var context = new RecipeExportContext(options, writer, isArchive, ct);
        var ordered = exporters.OrderBy(e => e.Order).ToList();
        foreach (var exporter in ordered) exporter.Prepare(context);

        writer.WriteStartObject();
        writer.WriteString("name", options.Name);
        writer.WriteString("displayName", options.Name);
        writer.WriteString("description", "");
        writer.WriteString("author", "UstaOrchard");
        writer.WriteString("website", "");
        writer.WriteString("version", clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'"));
        writer.WriteBoolean("issetuprecipe", false);
        writer.WriteStartArray("categories");
        writer.WriteEndArray();
        writer.WriteStartArray("tags");
        writer.WriteEndArray();
        writer.WriteStartObject("variables");
        writer.WriteEndObject();
        writer.WriteStartArray("steps");
        foreach (var exporter in ordered)
        {
            await exporter.ExportAsync(context);
            await writer.FlushAsync(ct);
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(ct);
        return context;
    }
}

public static class RecipeExportServiceCollectionExtensions
{
    public static IServiceCollection AddRecipeStepExporter<TExporter>(this IServiceCollection services)
        where TExporter : class, IRecipeStepExporter
        => services.AddScoped<IRecipeStepExporter, TExporter>();
}
