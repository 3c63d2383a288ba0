using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Usta.Search.Indexing;
using Usta.Users;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Definitions;
using UstaOrchard.Core.Settings;

namespace Usta.Search.Areas.Usta.Search.Pages.Admin.Settings;

public sealed record SearchTypeChoice(string Name, string DisplayName);

/// <summary>The search tab: the index readers search, results per page, the types they may filter by.</summary>
[Authorize(Policy = Permissions.ManageSettings)]
public sealed class SearchModel(SiteService site, SettingsTabSaver saver, SearchIndexManager indexes, ContentDefinitionManager definitions,
    SearchSettingsCheck check, IStringLocalizer<SearchStartup> S) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>Indexes of published versions only: readers must never find drafts.</summary>
    public IReadOnlyList<string> Indexes { get; private set; } = [];

    public IReadOnlyList<SearchTypeChoice> Types { get; private set; } = [];

    [TempData]
    public string? Status { get; set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Choose the index readers search.")]
        public string? SearchIndex { get; set; }

        [Required(ErrorMessage = "Enter the number of results per page.")]
        [Range(1, SearchSettings.MaxPageSize, ErrorMessage = "Results per page are a whole number from {1} to {2}.")]
        public int? PageSize { get; set; }

        public List<string> ContentTypes { get; set; } = [];
    }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var settings = (await site.GetAsync(ct)).Get<SearchSettings>();
        Input = new InputModel { SearchIndex = settings.SearchIndex, PageSize = settings.PageSize, ContentTypes = [.. settings.ContentTypes] };
        await LoadChoicesAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadChoicesAsync(ct);
        if (Input.SearchIndex is { } index && !Indexes.Contains(index))
            ModelState.AddModelError("Input.SearchIndex", S["Choose one of the listed indexes."]);
        if (Input.ContentTypes.Any(t => Types.All(c => c.Name != t)))
            ModelState.AddModelError("Input.ContentTypes", S["Choose only listed content types."]);
        if (!ModelState.IsValid) return Page();

        SearchSettings Apply(SearchSettings s)
        {
            s.SearchIndex = Input.SearchIndex!;
            s.PageSize = Input.PageSize!.Value;
            s.ContentTypes = [.. Input.ContentTypes.Distinct(StringComparer.Ordinal)];
            return s;
        }
        // The rule a recipe's SearchSettings meets, so the form cannot store what a recipe may not.
        var section = Apply((await site.GetAsync(ct)).Get<SearchSettings>());
        if (await check.CheckAsync(JsonSerializer.SerializeToNode(section, ContentJson.Options), ct) is { } problem)
        {
            ModelState.AddModelError("", problem);
            return Page();
        }

        var changed = await saver.SaveAsync(S["Search"], s => s.Get<SearchSettings>(), s => s.Put(Apply(s.Get<SearchSettings>())), ct);
        Status = changed.Count == 0 ? S["Nothing changed."] : S["Settings saved."];
        return RedirectToPage();
    }

    private async Task LoadChoicesAsync(CancellationToken ct)
    {
        var published = (await indexes.ListAsync(ct)).Where(d => !d.IndexLatest).ToList();
        Indexes = published.Select(d => d.Name).ToList();
        var indexed = published.SelectMany(d => d.IndexedContentTypes).ToHashSet(StringComparer.Ordinal);
        Types = (await definitions.ListTypesAsync(ct))
            .Where(t => indexed.Contains(t.Name))
            .Select(t => new SearchTypeChoice(t.Name, string.IsNullOrEmpty(t.DisplayName) ? t.Name : t.DisplayName))
            .OrderBy(t => t.DisplayName, StringComparer.CurrentCulture)
            .ToList();
    }
}
