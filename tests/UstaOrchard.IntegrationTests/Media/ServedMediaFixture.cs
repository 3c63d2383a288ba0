using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Usta.Media;
using Usta.Media.Images;
using UstaOrchard.Core.Media;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Media;

/// <summary>
/// A usta-setup site on a real Kestrel (files stream through the real server; raw requests reach
/// it byte for byte), with a low pixel limit so that a small picture is "too large".
/// Files are put in the store as a writer would: through IFileStore, then MediaChanges.
/// </summary>
public sealed class ServedMediaFixture : IAsyncLifetime
{
    public const long PixelLimit = 1_000_000;
    public const string BaseUrl = "https://lienhiephoi.example";

    public UstaAppFactory Factory { get; } = new(TestDatabase.Sqlite(), settings: new Dictionary<string, string?>
    {
        ["Media:MaxImagePixels"] = PixelLimit.ToString(),
        // For og:image, which must be absolute; the test client speaks to 127.0.0.1, raw requests say localhost.
        ["Site:BaseUrl"] = BaseUrl,
        ["AllowedHosts"] = "localhost;127.0.0.1",
    });

    public Uri Address { get; private set; } = null!;
    public HttpClient Client { get; private set; } = null!;

    public ImageDerivatives Derivatives => Factory.Services.GetRequiredService<ImageDerivatives>();
    public IFileStore Store => Factory.Services.GetRequiredService<IFileStore>();

    public Task InitializeAsync()
    {
        Factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        Factory.StartServer();
        Address = new Uri(Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = Address };
        return Task.CompletedTask;
    }

    public async Task<FileStoreEntry> PutAsync(string path, byte[] bytes)
    {
        var entry = await Store.WriteAsync(path, new MemoryStream(bytes), overwrite: true);
        await Factory.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<MediaChanges>().NotifyAsync(new MediaChange(MediaChangeKind.Written, path), CancellationToken.None);
            return 0;
        });
        return entry;
    }

    public Task<string> VersionOfAsync(string path) => Factory.InScopeAsync(async sp =>
        (await sp.GetRequiredService<MediaUrls>().FileAsync(path))!.Version);

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class MediaSite : ICollectionFixture<ServedMediaFixture>
{
    public const string Name = "Media site";
}
