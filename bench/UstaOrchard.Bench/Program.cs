using System.Text.Json;
using UstaOrchard.Bench;
using UstaOrchard.Bench.Search;

// Usage:
//   UstaOrchard.Bench generate ARTICLES FILE [SEED]   a recipe with the setup recipe's categories and ARTICLES articles
//   UstaOrchard.Bench generate-media ARTICLES FOLDER [IMAGES] [SEED]   the same with IMAGES JPEGs (media step): FOLDER/recipe.json, FOLDER/media/
//   UstaOrchard.Bench bare URL [BYTES]                a bare Kestrel endpoint, the baseline for page latency (BYTES: page size)
//   UstaOrchard.Bench media [PORT] [SECONDS] [CONNECTIONS]   derivatives of a 12-megapixel JPEG, then /media vs static files
//   UstaOrchard.Bench contents BASEURL USER PASSWORD [REQUESTS]   the admin content list and save + publish, p50/p99
//   UstaOrchard.Bench audit-fill DATABASE ROWS [SEED]   audit trail rows (DATABASE: sqlite:FILE or postgres:CONNECTION-STRING)
//   UstaOrchard.Bench audit-trail BASEURL USER PASSWORD [REQUESTS]   the audit trail list's filters and deep pages, p50/p99
//   UstaOrchard.Bench search-corpus ARTICLES FILE [SEED]   generated search documents, one JSON object a line
//   UstaOrchard.Bench search-rebuild DATA FOLDER   the search index rebuilt from a site's database (a copy: it adds the search tables)
//   UstaOrchard.Bench search-profile FOLDER [QUERIES-PER-CLASS]   where a query's CPU time goes, on an index `search` built
//   UstaOrchard.Bench search-merge FOLDER [SEGMENTS]   force-merges an index `search` kept (a copy), keeping its commit data
//   UstaOrchard.Bench search ARTICLES FOLDER [SEED] [QUERIES-PER-CLASS] [RECALL-PER-SHAPE] [sample|zipf]   index build (a folder built before for the same articles is reused), query latency, recall
switch (args)
{
    case ["generate", var count, var file, ..]:
        var seed = args.Length > 3 ? int.Parse(args[3]) : 2021;
        var started = DateTime.UtcNow;
        await RecipeWriter.WriteAsync(file, int.Parse(count), seed);
        Console.WriteLine($"{file}: {int.Parse(count):N0} articles, {new FileInfo(file).Length / 1048576.0:F1} MiB in {(DateTime.UtcNow - started).TotalSeconds:F1} s");
        return 0;
    case ["generate-media", var count, var folder, ..]:
    {
        var mediaSeed = args.Length > 4 ? int.Parse(args[4]) : 2021;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var images = BenchImages.Write(folder, args.Length > 3 ? int.Parse(args[3]) : 300, mediaSeed);
        var file = Path.Combine(folder, "recipe.json");
        await RecipeWriter.WriteAsync(file, int.Parse(count), mediaSeed, images);
        Console.WriteLine($"{file}: {int.Parse(count):N0} articles, {new FileInfo(file).Length / 1048576.0:F1} MiB; {images.Count} images, "
            + $"{images.Sum(i => i.Bytes) / 1048576.0:F1} MiB ({images.Min(i => i.Bytes) / 1024} to {images.Max(i => i.Bytes) / 1024} KiB); {clock.Elapsed.TotalSeconds:F1} s");
        return 0;
    }
    case ["bare", var url]:
        BareEndpoint.Run(url);
        return 0;
    case ["bare", var url, var bytes]:
        BareEndpoint.Run(url, int.Parse(bytes, System.Globalization.CultureInfo.InvariantCulture));
        return 0;
    case ["media", ..]:
        await MediaBench.RunAsync(args.Length > 1 ? int.Parse(args[1]) : 5620, args.Length > 2 ? int.Parse(args[2]) : 10, args.Length > 3 ? int.Parse(args[3]) : 16);
        return 0;
    case ["contents", var baseUrl, var user, var password, ..]:
        await ContentsBench.RunAsync(baseUrl, user, password, args.Length > 4 ? int.Parse(args[4]) : 200);
        return 0;
    case ["audit-fill", var database, var rows, ..]:
        await AuditTrailBench.FillAsync(database, int.Parse(rows), args.Length > 3 ? int.Parse(args[3]) : 2021);
        return 0;
    case ["audit-trail", var baseUrl, var user, var password, ..]:
        await AuditTrailBench.RunAsync(baseUrl, user, password, args.Length > 4 ? int.Parse(args[4]) : 50);
        return 0;
    case ["search-corpus", var count, var file, ..]:
    {
        var corpus = new SearchCorpus(SyllableModel.FromSetupRecipe(), args.Length > 3 ? int.Parse(args[3]) : 2021);
        await using var writer = new StreamWriter(file);
        var options = new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        foreach (var article in corpus.Articles(int.Parse(count))) await writer.WriteLineAsync(JsonSerializer.Serialize(article, options));
        return 0;
    }
    case ["search-rebuild", var data, var folder]:
        await SearchRebuildBench.RunAsync(data, folder);
        return 0;
    case ["search-profile", var folder, ..]:
        SearchProfile.Run(folder, args.Length > 2 ? int.Parse(args[2]) : 100, args.Length > 3 ? args[3] : "sample");
        return 0;
    case ["search-merge", var folder, ..]:
        SearchMergeBench.Run(folder, args.Length > 2 ? int.Parse(args[2]) : 1);
        return 0;
    case ["search", var count, var folder, ..]:
        SearchBench.Run(int.Parse(count), folder, args.Length > 3 ? int.Parse(args[3]) : 2021,
            args.Length > 4 ? int.Parse(args[4]) : 1000, args.Length > 5 ? int.Parse(args[5]) : 6, args.Length > 6 ? args[6] : "sample");
        return 0;
    default:
        Console.Error.WriteLine("usage: UstaOrchard.Bench generate ARTICLES FILE [SEED] | generate-media ARTICLES FOLDER [IMAGES] [SEED] | bare URL [BYTES] | media [PORT] [SECONDS] [CONNECTIONS] | contents BASEURL USER PASSWORD [REQUESTS] | audit-fill DATABASE ROWS [SEED] | audit-trail BASEURL USER PASSWORD [REQUESTS] | search-corpus ARTICLES FILE [SEED] | search-rebuild DATA FOLDER | search ARTICLES FOLDER [SEED] [QUERIES] [RECALL] [sample|zipf] | search-profile FOLDER [QUERIES] [sample|zipf] | search-merge FOLDER [SEGMENTS]");
        return 2;
}
