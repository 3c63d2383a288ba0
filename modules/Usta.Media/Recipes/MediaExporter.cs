using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Media;
using UstaOrchard.Core.Recipes.Export;
using Usta.Media.References;

namespace Usta.Media.Recipes;

/// <summary>
/// <c>media</c>: the files the exported content names, or the whole library, as <see cref="MediaStep"/>
/// applies them. In a .zip each file goes beside the recipe under <c>media/</c> (<c>SourcePath</c>); in a
/// plain recipe it is inline (<c>Base64</c>). It comes after the content, whose items it hears of.
/// </summary>
public sealed class MediaExporter(IFileStore store, RecipeMediaRules rules, IStringLocalizer<MediaStartup> S) : IRecipeStepExporter
{
    public const string ArchiveFolder = "media/";
    private const int PageSize = 500;

    private readonly SortedSet<string> _referenced = new(StringComparer.Ordinal);

    public string StepName => "media";
    public int Order => 60;

    public void Prepare(RecipeExportContext context)
    {
        if (context.Options.Media == MediaExportScope.Referenced)
            context.OnContentItem(item => _referenced.UnionWith(MediaReferences.Find(item.Content)));
    }

    public async Task ExportAsync(RecipeExportContext context)
    {
        if (context.Options.Media == MediaExportScope.None) return;
        var ct = context.CancellationToken;
        var files = new List<string>();
        if (context.Options.Media == MediaExportScope.All) await ListAsync("", files, ct);
        else
        {
            foreach (var path in _referenced)
            {
                if (await store.GetEntryAsync(path, ct) is { IsFolder: false } && Exportable(path)) files.Add(path);
            }
        }

        var writer = context.Writer;
        writer.WriteStartObject();
        writer.WriteString("name", StepName);
        writer.WriteStartArray("Files");
        foreach (var path in files)
        {
            writer.WriteStartObject();
            writer.WriteString("TargetPath", path);
            if (context.IsArchive)
            {
                writer.WriteString("SourcePath", ArchiveFolder + path);
                context.AddFile(ArchiveFolder + path, token => store.OpenReadAsync(path, token));
            }
            else
            {
                await using var source = await store.OpenReadAsync(path, ct);
                using var bytes = new MemoryStream();
                if (source is not null) await source.CopyToAsync(bytes, ct);
                writer.WriteBase64String("Base64", bytes.GetBuffer().AsSpan(0, (int)bytes.Length));
            }
            writer.WriteEndObject();
            await context.FlushIfFullAsync();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
        context.Summarise(StepName, S["{0} files", files.Count]);
    }

    // The whole library, folder by folder; working folders (".staging") and files the step would refuse stay out.
    private async Task ListAsync(string folder, List<string> files, CancellationToken ct)
    {
        for (var skip = 0; ; skip += PageSize)
        {
            var page = await store.ListAsync(folder, skip, PageSize, ct);
            foreach (var entry in page.Entries)
            {
                if (entry.Name.StartsWith('.')) continue;
                if (entry.IsFolder) await ListAsync(entry.Path, files, ct);
                else if (Exportable(entry.Path)) files.Add(entry.Path);
            }
            if (skip + PageSize >= page.Total || page.Entries.Count == 0) break;
        }
    }

    private bool Exportable(string path) => rules.AllowsExtension(MediaNames.ExtensionOf(path));
}
