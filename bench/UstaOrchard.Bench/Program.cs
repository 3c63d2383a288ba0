using UstaOrchard.Bench;

// Usage:
//   UstaOrchard.Bench generate ARTICLES FILE [SEED]   a recipe with the setup recipe's categories and ARTICLES articles
//   UstaOrchard.Bench bare URL                        a bare Kestrel endpoint, the baseline for page latency
//   UstaOrchard.Bench media [PORT] [SECONDS] [CONNECTIONS]   derivatives of a 12-megapixel JPEG, then /media vs static files
//   UstaOrchard.Bench contents BASEURL USER PASSWORD [REQUESTS]   the admin content list and save + publish, p50/p99
switch (args)
{
    case ["generate", var count, var file, ..]:
        var seed = args.Length > 3 ? int.Parse(args[3]) : 2021;
        var started = DateTime.UtcNow;
        await RecipeWriter.WriteAsync(file, int.Parse(count), seed);
        Console.WriteLine($"{file}: {int.Parse(count):N0} articles, {new FileInfo(file).Length / 1048576.0:F1} MiB in {(DateTime.UtcNow - started).TotalSeconds:F1} s");
        return 0;
    case ["bare", var url]:
        BareEndpoint.Run(url);
        return 0;
    case ["media", ..]:
        await MediaBench.RunAsync(args.Length > 1 ? int.Parse(args[1]) : 5620, args.Length > 2 ? int.Parse(args[2]) : 10, args.Length > 3 ? int.Parse(args[3]) : 16);
        return 0;
    case ["contents", var baseUrl, var user, var password, ..]:
        await ContentsBench.RunAsync(baseUrl, user, password, args.Length > 4 ? int.Parse(args[4]) : 200);
        return 0;
    default:
        Console.Error.WriteLine("usage: UstaOrchard.Bench generate ARTICLES FILE [SEED] | bare URL | media [PORT] [SECONDS] [CONNECTIONS] | contents BASEURL USER PASSWORD [REQUESTS]");
        return 2;
}
