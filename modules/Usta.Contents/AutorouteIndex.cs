using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Definitions;
using UstaOrchard.Core.Text;

namespace Usta.Contents;

/// <summary>Which item answers a URL path.</summary>
public sealed class AutorouteIndex : ContentIndex
{
    public string Path { get; set; } = "";
    public string ContentType { get; set; } = "";
}

/// <summary>
/// Fills in a missing path from the title (type prefix + Vietnamese slug), makes it unique by
/// appending -2, -3, …, refuses the paths of the site's own pages, and keeps the AutorouteIndex current.
/// </summary>
/// <summary>A type whose paths follow its own data (a bulletin's year and number) rather than its title.</summary>
public interface IAutoroutePathProvider
{
    string ContentType { get; }

    /// <summary>The path for an item that has none yet, or null to fall back to prefix + slug.</summary>
    string? PathFor(ContentItem item);
}

public sealed partial class AutoroutePartHandler(UstaDbContext db, ContentDefinitionManager definitions, IEnumerable<IAutoroutePathProvider> pathProviders,
    ReservedPaths reserved, IStringLocalizer<ContentsStartup> S, ILogger<AutoroutePartHandler> logger)
    : ContentIndexHandler<AutorouteIndex>(db), IContentHandler
{
    public const int MaxPathLength = 255;
    /// <summary>The path editor's key: a refused path is shown beside it.</summary>
    public const string PathKey = "AutoroutePart.Path";

    public Task CreatingAsync(ContentContext context) => EnsurePathAsync(context);
    public Task UpdatingAsync(ContentContext context) => EnsurePathAsync(context);

    protected override IEnumerable<AutorouteIndex> Map(ContentItem item)
    {
        var path = item.As<AutoroutePart>()?.Path;
        if (string.IsNullOrEmpty(path)) yield break;
        yield return new AutorouteIndex { Path = path, ContentType = item.ContentType };
    }

    private async Task EnsurePathAsync(ContentContext context)
    {
        var item = context.ContentItem;
        var part = item.As<AutoroutePart>();
        if (part is null) return;

        var path = Normalise(part.Path);
        if (path.Length == 0)
            path = Normalise(pathProviders.FirstOrDefault(p => p.ContentType == item.ContentType)?.PathFor(item));
        if (path.Length == 0)
        {
            var type = await definitions.GetTypeAsync(item.ContentType, context.CancellationToken);
            var settings = type?.Part(nameof(AutoroutePart))?.Settings.ReadSection<AutoroutePartSettings>(nameof(AutoroutePartSettings));
            var prefix = Normalise(settings?.Prefix);
            if (prefix.Length == 0 && !string.IsNullOrWhiteSpace(settings?.Pattern))
                path = await FromPatternAsync(item, settings.Pattern, context.CancellationToken);
            if (path.Length == 0)
            {
                var slug = Slugifier.Slugify(item.DisplayText);
                if (slug.Length == 0) slug = item.ContentItemId;
                path = prefix.Length > 0 ? $"{prefix}/{slug}" : slug;
            }
        }

        path = await UniqueAsync(path, item.ContentItemId, context.CancellationToken);
        if (path != part.Path)
        {
            part.Path = path;
            item.Apply(part);
        }
    }

    // A type an Orchard recipe defines carries a Liquid pattern: its common forms are understood, others
    // fall back to the title's slug (an operator may want to know why a path differs from Orchard's).
    private async Task<string> FromPatternAsync(ContentItem item, string pattern, CancellationToken ct)
    {
        var path = await AutoroutePattern.EvaluateAsync(pattern, item.DisplayText, async () =>
            item.As<Lists.ContainedPart>()?.ListContentItemId is { Length: > 0 } list
                ? await Db.ContentItems.Where(x => x.ContentItemId == list && x.Latest).Select(x => x.DisplayText).FirstOrDefaultAsync(ct)
                : null);
        if (path is null)
        {
            logger.LogInformation("Autoroute pattern {Pattern} of type {ContentType} is not understood: the path of {ContentItemId} is the slug of its title",
                pattern, item.ContentType, item.ContentItemId);
            return "";
        }
        return Normalise(path);
    }

    public Task ValidatingAsync(ContentValidateContext context)
    {
        // A suffix cannot free a path that a route with parameters answers (ngay/{date}): refuse it.
        if (context.ContentItem.As<AutoroutePart>()?.Path is { Length: > 0 } path && reserved.Contains(path))
            context.Error(PathKey, S["The address /{0} belongs to a page of the site. Choose another address.", path]);
        return Task.CompletedTask;
    }

    private async Task<string> UniqueAsync(string path, string contentItemId, CancellationToken ct)
    {
        // A reserved path is left as it is, for ValidatingAsync to refuse with its own message.
        if (reserved.Contains(path)) return path;
        var candidate = path;
        for (var n = 2; await PathTaken.For(Db)(Db, candidate, contentItemId, ct); n++)
            candidate = $"{path}-{n}";
        return candidate;
    }

    // Asked on every save, 10,000 times in a row by a recipe: compiled once, not looked up in EF's query cache each time.
    private static readonly CompiledQuery<Func<UstaDbContext, string, string, CancellationToken, Task<bool>>> PathTaken = new(() => EF.CompileAsyncQuery(
        (UstaDbContext db, string path, string contentItemId, CancellationToken ct)
            => db.Set<AutorouteIndex>().Any(x => x.Path == path && x.ContentItemId != contentItemId)));

    /// <summary>Lower-case segments of slug characters, no leading or trailing slash.</summary>
    public static string Normalise(string? path)
    {
        if (string.IsNullOrWhiteSpace(path)) return "";
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(Slugifier.Slugify)
            .Where(s => s.Length > 0);
        var joined = string.Join('/', segments);
        return joined.Length <= MaxPathLength ? joined : joined[..MaxPathLength].TrimEnd('-', '/');
    }
}
