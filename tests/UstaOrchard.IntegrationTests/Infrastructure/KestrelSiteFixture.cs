using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace UstaOrchard.IntegrationTests.Infrastructure;

/// <summary>One site served by a real Kestrel on a free loopback port, for what only Kestrel parses.</summary>
public sealed class KestrelSiteFixture : IAsyncLifetime
{
    public UstaAppFactory Factory { get; } = new();

    public Uri Address { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        Factory.StartServer();
        var addresses = Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        Address = new Uri(addresses.First());
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
