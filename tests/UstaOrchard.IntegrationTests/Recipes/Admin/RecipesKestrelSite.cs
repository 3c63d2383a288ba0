using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using UstaOrchard.Core.Recipes;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Recipes.Admin;

/// <summary>
/// The recipes site on a real Kestrel (its body limits, the browser test's progress script), with the
/// same small upload limit as <see cref="RecipesAdminSite"/> and the gate step.
/// </summary>
public sealed class RecipesKestrelSite : IAsyncLifetime
{
    public UstaAppFactory Factory { get; } = new(TestDatabase.Sqlite(), settings: new Dictionary<string, string?>
    {
        ["Recipes:MaxUploadBytes"] = RecipesAdminSite.MaxUploadBytes.ToString(),
    }, services: services => services.AddRecipeStep<GateTestStep>());

    public Uri Address { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        Factory.StartServer();
        Address = new Uri(Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
