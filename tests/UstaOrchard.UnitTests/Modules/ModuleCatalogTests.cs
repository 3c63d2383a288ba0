using UstaOrchard.Core.Modules;

namespace UstaOrchard.UnitTests.Modules;

public class ModuleCatalogTests
{
    private sealed class Module(string id, params string[] dependencies) : ModuleStartup
    {
        public override ModuleManifest Manifest { get; } = new(id, id, dependencies);
    }

    [Fact]
    public void Dependencies_ComeBeforeTheModulesThatNeedThem()
    {
        var catalog = new ModuleCatalog([new Module("Admin", "Users", "Contents"), new Module("Articles", "Contents"), new Module("Users"), new Module("Contents")]);
        var order = catalog.Modules.Select(m => m.Manifest.Id).ToList();
        Assert.True(order.IndexOf("Contents") < order.IndexOf("Articles"));
        Assert.True(order.IndexOf("Contents") < order.IndexOf("Admin"));
        Assert.True(order.IndexOf("Users") < order.IndexOf("Admin"));
        Assert.Equal(4, order.Count);
    }

    [Fact]
    public void MissingDependency_NamesBothModules()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ModuleCatalog([new Module("Articles", "Contents")]));
        Assert.Contains("'Articles'", error.Message);
        Assert.Contains("'Contents'", error.Message);
    }

    [Fact]
    public void Cycle_IsRefusedWithThePath()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ModuleCatalog([new Module("A", "B"), new Module("B", "A")]));
        Assert.Contains("A -> B -> A", error.Message);
    }

    [Fact]
    public void HostModules_AllResolve()
    {
        var catalog = new ModuleCatalog(UstaOrchard.Web.UstaHost.Modules());
        Assert.Equal("Usta.Contents", catalog.Modules[0].Manifest.Id);
        Assert.Contains(catalog.Modules, m => m.Manifest.Id == "Usta.Theme");
    }
}
