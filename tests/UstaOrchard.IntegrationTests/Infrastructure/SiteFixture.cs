namespace UstaOrchard.IntegrationTests.Infrastructure;

/// <summary>One site set up from usta-setup, shared by read-only page tests of a class.</summary>
public sealed class SiteFixture : IAsyncLifetime
{
    public UstaAppFactory Factory { get; } = new();

    public Task InitializeAsync()
    {
        // Starting the server runs first-run setup.
        Factory.CreateClient().Dispose();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
