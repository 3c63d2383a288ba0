using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Host.Hostile;

/// <summary>One site for the whole suite, and the map of its routes and forms, read once.</summary>
public sealed class HostileSiteFixture : IAsyncLifetime
{
    public UstaAppFactory Factory { get; } = new();

    public SiteMap Map { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // Wrong passwords are what this suite sends; the login module warns about each, as it should.
        Factory.Logs.Expect(e => e.Category.StartsWith("Usta.Users", StringComparison.Ordinal));
        Map = await SiteMap.ReadAsync(Factory);
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
