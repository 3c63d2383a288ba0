using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using UstaOrchard.Core.Text;

namespace UstaOrchard.Bench;

/// <summary>
/// Writes an Orchard-format recipe of a large site: the setup recipe's categories, then
/// <c>count</c> articles (a few KB each, dates over sixteen years, about one in thirty featured,
/// one in fifty a draft), written as a stream so that the generator's memory stays small.
/// With <c>images</c>, a <c>media</c> step first places them and every article shows one in its
/// <c>Image</c> field (with alt text), one in three also in its body; the articles' text is the
/// same as without images (the pictures are drawn from a random generator of their own).
/// </summary>
public static class RecipeWriter
{
    private const string IdAlphabet = "0123456789abcdefghjkmnpqrstvwxyz";
    private static readonly DateTime First = new(2010, 1, 4, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Last = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);

    public static async Task WriteAsync(string file, int count, int seed, IReadOnlyList<BenchImage>? images = null)
    {
        var random = new Random(seed);
        var pictures = new Random(seed + 1);
        var categories = SetupCategories();
        var categoryIds = categories.Select(c => c["ContentItemId"]!.GetValue<string>()).ToArray();

        await using var stream = File.Create(file);
        await using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("name", $"bench-{count}");
        json.WriteString("displayName", $"Trang thử tải: {count:N0} tin");
        json.WriteString("description", "Sinh bởi bench/UstaOrchard.Bench.");
        json.WriteString("author", "bench");
        json.WriteString("version", "1.0");
        json.WriteBoolean("issetuprecipe", false);
        json.WriteStartArray("steps");

        if (images is { Count: > 0 })
        {
            json.WriteStartObject();
            json.WriteString("name", "media");
            json.WriteStartArray("Files");
            foreach (var image in images)
            {
                json.WriteStartObject();
                json.WriteString("TargetPath", image.TargetPath);
                json.WriteString("SourcePath", image.SourcePath);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteStartObject();
        json.WriteString("name", "Content");
        json.WritePropertyName("data");
        json.WriteStartArray();
        foreach (var category in categories) category.WriteTo(json);
        json.WriteEndArray();
        json.WriteEndObject();

        json.WriteStartObject();
        json.WriteString("name", "Content");
        json.WriteStartArray("data");
        for (var i = 0; i < count; i++)
        {
            var image = images is { Count: > 0 } ? images[pictures.Next(images.Count)] : null;
            var inBody = image is not null && pictures.Next(3) == 0 ? images![pictures.Next(images.Count)] : null;
            WriteArticle(json, random, categoryIds, i, image, inBody);
            if (json.BytesPending > 1 << 20) await json.FlushAsync();
        }
        json.WriteEndArray();
        json.WriteEndObject();

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteArticle(Utf8JsonWriter json, Random random, string[] categoryIds, int index, BenchImage? image, BenchImage? inBody)
    {
        var title = $"{Pick(random, Corpus.Subjects)} {Pick(random, Corpus.Actions)} {Pick(random, Corpus.Topics)} {Pick(random, Corpus.Places)}";
        var date = First.AddMinutes(random.NextInt64((long)(Last - First).TotalMinutes));
        var published = random.Next(50) != 0;
        var stamp = date.ToString("yyyy-MM-ddTHH:mm:ssZ");

        json.WriteStartObject();
        json.WriteString("ContentItemId", NewId(random));
        json.WriteString("ContentItemVersionId", NewId(random));
        json.WriteString("ContentType", "Article");
        json.WriteString("DisplayText", title);
        json.WriteBoolean("Latest", true);
        json.WriteBoolean("Published", published);
        json.WriteString("ModifiedUtc", stamp);
        if (published) json.WriteString("PublishedUtc", stamp);
        json.WriteString("CreatedUtc", stamp);
        json.WriteString("Owner", "admin");
        json.WriteString("Author", "admin");
        json.WriteStartObject("TitlePart");
        json.WriteString("Title", title);
        json.WriteEndObject();
        // Exports carry each item's path; the number keeps generated titles that repeat apart.
        json.WriteStartObject("AutoroutePart");
        json.WriteString("Path", $"tin-tuc/{Slugifier.Slugify(title)}-{index + 1}");
        json.WriteEndObject();

        json.WriteStartObject("Article");
        json.WriteStartObject("Lead");
        json.WriteString("Text", $"{title}. {Pick(random, Corpus.Sentences)}");
        json.WriteEndObject();
        json.WriteStartObject("Byline");
        json.WriteString("Text", Pick(random, Corpus.Authors));
        json.WriteEndObject();
        json.WriteStartObject("Image");
        json.WriteStartArray("Paths");
        if (image is not null) json.WriteStringValue(image.TargetPath);
        json.WriteEndArray();
        json.WriteStartArray("MediaTexts");
        if (image is not null) json.WriteStringValue(image.Alt);
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteStartObject("Categories");
        json.WriteString("TaxonomyContentItemId", "");
        json.WriteStartArray("TermContentItemIds");
        var first = random.Next(categoryIds.Length);
        json.WriteStringValue(categoryIds[first]);
        if (random.Next(4) == 0) json.WriteStringValue(categoryIds[(first + 1 + random.Next(categoryIds.Length - 1)) % categoryIds.Length]);
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteStartObject("Featured");
        json.WriteBoolean("Value", random.Next(30) == 0);
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartObject("HtmlBodyPart");
        var body = Body(random);
        if (inBody is not null)
            body = $"<p><img src=\"/media/{inBody.TargetPath}\" alt=\"{inBody.Alt}\" width=\"{inBody.Width}\" height=\"{inBody.Height}\"></p>\n" + body;
        json.WriteString("Html", body);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static string Body(Random random)
    {
        var html = new StringBuilder();
        var paragraphs = 5 + random.Next(8);
        for (var p = 0; p < paragraphs; p++)
        {
            if (p > 0 && random.Next(4) == 0) html.Append("<h2>").Append(Pick(random, Corpus.Headings)).Append("</h2>\n");
            html.Append("<p>");
            var sentences = 2 + random.Next(4);
            for (var s = 0; s < sentences; s++) html.Append(s > 0 ? " " : "").Append(Pick(random, Corpus.Sentences));
            html.Append("</p>\n");
        }
        return html.ToString();
    }

    private static List<JsonObject> SetupCategories()
    {
        var recipe = JsonNode.Parse(File.ReadAllText(FindSetupRecipe()))!.AsObject();
        return recipe["steps"]!.AsArray()
            .Where(s => s!["name"]!.GetValue<string>() == "Content")
            .SelectMany(s => s!["data"]!.AsArray())
            .Where(item => item!["ContentType"]!.GetValue<string>() == "Category")
            .Select(item => item!.DeepClone().AsObject())
            .ToList();
    }

    private static string FindSetupRecipe()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "recipes", "usta-setup.recipe.json");
                if (File.Exists(candidate)) return candidate;
            }
        }
        throw new FileNotFoundException("recipes/usta-setup.recipe.json not found above the current folder");
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];

    private static string NewId(Random random) => string.Create(26, random, (span, r) =>
    {
        for (var i = 0; i < span.Length; i++) span[i] = IdAlphabet[r.Next(IdAlphabet.Length)];
    });
}
