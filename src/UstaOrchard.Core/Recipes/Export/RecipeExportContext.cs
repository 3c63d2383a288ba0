using System.Text.Json;
using UstaOrchard.Core.Contents;

namespace UstaOrchard.Core.Recipes.Export;

/// <summary>One export being written: the options, the JSON writer of the recipe, the files that go beside it.</summary>
public sealed class RecipeExportContext(RecipeExportOptions options, Utf8JsonWriter writer, bool isArchive, CancellationToken ct)
{
    // The writer keeps what it has not flushed in memory: above this, the step flushes to the stream.
    private const int FlushThreshold = 64 * 1024;

    private readonly List<Action<ContentItem>> _itemObservers = [];
    private readonly List<(string StepName, string Summary)> _summaries = [];
    private readonly List<(string EntryPath, Func<CancellationToken, Task<Stream?>> Open)> _files = [];

    public RecipeExportOptions Options { get; } = options;
    public Utf8JsonWriter Writer { get; } = writer;
    public CancellationToken CancellationToken { get; } = ct;

    /// <summary>True when the recipe goes into a .zip: files go beside it (<see cref="AddFile"/>), else inline as Base64.</summary>
    public bool IsArchive { get; } = isArchive;

    public IReadOnlyList<(string StepName, string Summary)> Summaries => _summaries;
    public IReadOnlyList<(string EntryPath, Func<CancellationToken, Task<Stream?>> Open)> Files => _files;

    /// <summary>Asks to hear of every content item version the export writes (call it in <see cref="IRecipeStepExporter.Prepare"/>).</summary>
    public void OnContentItem(Action<ContentItem> observer) => _itemObservers.Add(observer);

    /// <summary>The content exporter tells of each version it wrote.</summary>
    public void ItemExported(ContentItem item)
    {
        foreach (var observer in _itemObservers) observer(item);
    }

    public void Summarise(string stepName, string summary) => _summaries.Add((stepName, summary));

    /// <summary>A file to put into the archive at <paramref name="entryPath"/> once the recipe is written (zip only).</summary>
    public void AddFile(string entryPath, Func<CancellationToken, Task<Stream?>> open)
    {
        if (!IsArchive) throw new InvalidOperationException("Files go beside the recipe only in a .zip export.");
        _files.Add((entryPath, open));
    }

    /// <summary>Flushes the writer once it holds enough: a long list then costs no more memory than a short one.</summary>
    public async ValueTask FlushIfFullAsync()
    {
        if (Writer.BytesPending >= FlushThreshold) await Writer.FlushAsync(CancellationToken);
    }
}
