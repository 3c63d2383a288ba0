using System.Text;
using System.Text.Json.Nodes;
using Usta.Search.Indexing;

namespace UstaOrchard.Bench.Search;

/// <summary>
/// Generated articles as the search index receives them (<see cref="SearchDocument"/>): a title,
/// a lead of one or two sentences, a body of 4 to 10 paragraphs of 3 to 6 sentences with a heading
/// now and then, an author, one or two of the setup recipe's categories and a date over 2010-2026.
/// The same seed gives the same articles, in the same order, so a scan can walk them again.
/// </summary>
public sealed class SearchCorpus(SyllableModel model, int seed)
{
    private static readonly DateTime First = new(2010, 1, 4, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Last = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);
    private readonly SearchCategory[] _categories = SetupCategories();

    public SyllableModel Model { get; } = model;

    /// <summary>The id of the n-th article: fixed width, so the scan maps a hit back to its article.</summary>
    public static string IdOf(int index) => $"bench{index:D21}";
    public static int IndexOf(string id) => int.Parse(id.AsSpan(5));

    public IEnumerable<SearchDocument> Articles(int count)
    {
        var random = new Random(seed);
        var builder = new StringBuilder(8192);
        for (var i = 0; i < count; i++) yield return Article(random, builder, i);
    }

    private SearchDocument Article(Random random, StringBuilder builder, int index)
    {
        var title = Model.Title(random);
        builder.Clear();
        Model.Sentence(random, builder);
        if (random.Next(2) == 0) { builder.Append(' '); Model.Sentence(random, builder); }
        var lead = builder.ToString();

        builder.Clear();
        var paragraphs = 4 + random.Next(7);
        for (var p = 0; p < paragraphs; p++)
        {
            if (p > 0) builder.Append('\n');
            if (p > 0 && random.Next(4) == 0) builder.Append(Model.Title(random)).Append('\n');
            var sentences = 3 + random.Next(4);
            for (var s = 0; s < sentences; s++)
            {
                if (s > 0) builder.Append(' ');
                Model.Sentence(random, builder);
            }
        }
        var body = builder.ToString();

        var first = random.Next(_categories.Length);
        var categories = random.Next(4) == 0
            ? new[] { _categories[first], _categories[(first + 1 + random.Next(_categories.Length - 1)) % _categories.Length] }
            : new[] { _categories[first] };
        var id = IdOf(index);
        return new SearchDocument
        {
            ContentItemId = id,
            ContentType = "Article",
            Title = title,
            Lead = lead,
            Body = body,
            Author = Corpus.Authors[random.Next(Corpus.Authors.Length)],
            Categories = categories,
            PublishedUtc = First.AddMinutes(random.NextInt64((long)(Last - First).TotalMinutes)),
            Url = $"/tin-tuc/{UstaOrchard.Core.Text.Slugifier.Slugify(title)}-{index + 1}",
        };
    }

    private static SearchCategory[] SetupCategories()
    {
        var recipe = JsonNode.Parse(File.ReadAllText(SetupRecipe.Find()))!.AsObject();
        return recipe["steps"]!.AsArray()
            .Where(s => s!["name"]!.GetValue<string>() == "Content")
            .SelectMany(s => s!["data"]!.AsArray())
            .Where(item => item!["ContentType"]!.GetValue<string>() == "Category")
            .Select(item => new SearchCategory(item!["ContentItemId"]!.GetValue<string>(), item["TitlePart"]?["Title"]?.GetValue<string>() ?? item["DisplayText"]!.GetValue<string>()))
            .ToArray();
    }
}
