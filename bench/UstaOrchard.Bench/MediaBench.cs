using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SkiaSharp;
using Usta.Media;
using Usta.Media.Images;
using Usta.Media.Serving;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Localization;
using UstaOrchard.Core.Media;

namespace UstaOrchard.Bench;

/// <summary>
/// Issue 6's benchmark: every derivative of a 12-megapixel JPEG (7 widths × original format and
/// WebP) with time and peak memory, then requests per second for a cached derivative through the
/// media endpoint against Kestrel's static-file middleware serving a copy of the same file.
/// </summary>
public static class MediaBench
{
    public static async Task RunAsync(int port, int seconds, int connections)
    {
        var data = Path.Combine(Path.GetTempPath(), "usta-media-bench-" + Guid.NewGuid().ToString("N"));
        var paths = new AppPaths(data);
        var store = new FileSystemStore(Path.Combine(data, "Media"));
        var options = new MediaOptions();
        var facts = new MediaFacts(store);
        var derivatives = new ImageDerivatives(paths, store, options, NullLogger<ImageDerivatives>.Instance);
        try
        {
            var photo = Photo(4000, 3000);
            await store.WriteAsync("bench/anh-12mp.jpg", new MemoryStream(photo), overwrite: true);
            Console.WriteLine($"original: 4000×3000 JPEG, {photo.Length / 1048576.0:F1} MiB");
            var file = (await facts.GetAsync("bench/anh-12mp.jpg"))!;

            await MakeAllAsync("sequential (one after another)", derivatives, file, parallel: false);
            derivatives.Remove(file.Path);
            await MakeAllAsync("all 14 requested at once", derivatives, file, parallel: true);

            var derivative = (await derivatives.GetAsync(file, 1280, DerivativeFormat.Webp, CancellationToken.None)).FilePath!;
            var staticRoot = Path.Combine(data, "static");
            Directory.CreateDirectory(staticRoot);
            File.Copy(derivative, Path.Combine(staticRoot, "anh-1280.webp"));
            Console.WriteLine($"served file: 1280 px WebP derivative, {new FileInfo(derivative).Length / 1024.0:F0} KiB");

            await using var app = Server(port, data, staticRoot, store, facts, derivatives, options);
            await app.StartAsync();
            var baseUrl = $"http://127.0.0.1:{port}";
            var media = $"{baseUrl}/media/bench/anh-12mp.jpg?w=1280&format=webp&v={file.Version}";
            var plain = $"{baseUrl}/static/anh-1280.webp";
            foreach (var (name, url) in new[] { ("static-file middleware", plain), ("/media derivative", media), ("static-file middleware", plain), ("/media derivative", media) })
            {
                var (count, failures) = await LoadAsync(url, seconds, connections);
                Console.WriteLine($"{name,-24} {count / (double)seconds,8:F0} req/s ({connections} connections, {seconds} s, {failures} failed)");
            }
            await app.StopAsync();
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    private static async Task MakeAllAsync(string name, ImageDerivatives derivatives, MediaFile file, bool parallel)
    {
        GC.Collect();
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var encodesBefore = derivatives.EncodeCount;
        var clock = Stopwatch.StartNew();
        var jobs = MediaOptions.Widths.SelectMany(w => new[] { (w, DerivativeFormat.Original), (w, DerivativeFormat.Webp) }).ToList();
        if (parallel) await Task.WhenAll(jobs.Select(j => derivatives.GetAsync(file, j.w, j.Item2, CancellationToken.None)));
        else foreach (var (w, format) in jobs) await derivatives.GetAsync(file, w, format, CancellationToken.None);
        clock.Stop();
        process.Refresh();
        Console.WriteLine($"{name}: {derivatives.EncodeCount - encodesBefore} derivatives in {clock.Elapsed.TotalSeconds:F2} s wall, " +
                          $"{(process.TotalProcessorTime - cpuBefore).TotalSeconds:F2} s CPU; peak working set so far {process.PeakWorkingSet64 / 1048576.0:F0} MiB, " +
                          $"managed allocations {(GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1048576.0:F0} MiB, GC heap {GC.GetGCMemoryInfo().HeapSizeBytes / 1048576.0:F0} MiB");
    }

    // A photograph's statistics, roughly: smooth colour gradients, soft shapes and sensor-like noise,
    // so JPEG has real work to do (a flat picture compresses to nothing and flatters every codec).
    private static byte[] Photo(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using (var canvas = new SKCanvas(bitmap))
        {
            using var sky = new SKPaint { Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(0, height), [new SKColor(90, 150, 220), new SKColor(240, 220, 180), new SKColor(60, 110, 50)], [0, 0.55f, 1], SKShaderTileMode.Clamp) };
            canvas.DrawRect(0, 0, width, height, sky);
            var random = new Random(2021);
            using var blob = new SKPaint { IsAntialias = true, MaskFilter = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, 12) };
            for (var i = 0; i < 400; i++)
            {
                blob.Color = new SKColor((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(60, 200));
                canvas.DrawCircle(random.Next(width), random.Next(height), random.Next(20, 300), blob);
            }
        }
        var pixels = bitmap.GetPixelSpan();
        var noise = new Random(6);
        unsafe
        {
            fixed (byte* p = pixels)
            {
                for (var i = 0; i < pixels.Length; i += 4)
                {
                    var n = noise.Next(-12, 13);
                    p[i] = (byte)Math.Clamp(p[i] + n, 0, 255);
                    p[i + 1] = (byte)Math.Clamp(p[i + 1] + n, 0, 255);
                    p[i + 2] = (byte)Math.Clamp(p[i + 2] + n, 0, 255);
                }
            }
        }
        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 90);
        return data.ToArray();
    }

    // The media endpoint and the static-file middleware in one app with nothing else in front,
    // so the difference is the handler's own cost.
    private static WebApplication Server(int port, string data, string staticRoot, IFileStore store, MediaFacts facts, ImageDerivatives derivatives, MediaOptions options)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var services = builder.Services;
        services.AddSingleton(new AppPaths(data));
        services.AddSingleton(store);
        services.AddSingleton(facts);
        services.AddSingleton(derivatives);
        services.AddSingleton(options);
        services.AddSingleton<JsonStringLocalizerFactory>();
        services.AddSingleton<IStringLocalizerFactory>(sp => sp.GetRequiredService<JsonStringLocalizerFactory>());
        services.AddTransient(typeof(IStringLocalizer<>), typeof(StringLocalizer<>));
        services.AddSingleton<MediaPathMessages>();
        services.AddSingleton<MediaFileServer>();
        var app = builder.Build();
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(staticRoot), RequestPath = "/static" });
        app.MapMethods("/media/{**path}", [HttpMethods.Get, HttpMethods.Head], (HttpContext context, string? path, MediaFileServer server) => server.ServeAsync(context, path));
        return app;
    }

    private static async Task<(long Count, long Failures)> LoadAsync(string url, int seconds, int connections)
    {
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = Timeout.InfiniteTimeSpan });
        // Warm-up: tiered JIT and the connection pool.
        var warm = DateTime.UtcNow.AddSeconds(2);
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async _ =>
        {
            while (DateTime.UtcNow < warm) await client.GetByteArrayAsync(url);
        }));
        long count = 0, failures = 0;
        var end = DateTime.UtcNow.AddSeconds(seconds);
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async _ =>
        {
            var buffer = new byte[64 * 1024];
            while (DateTime.UtcNow < end)
            {
                using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
                await using var body = await response.Content.ReadAsStreamAsync();
                while (await body.ReadAsync(buffer) > 0) { }
                if (response.IsSuccessStatusCode) Interlocked.Increment(ref count);
                else Interlocked.Increment(ref failures);
            }
        }));
        return (count, failures);
    }
}
