using UstaOrchard.Core.Modules;

namespace UstaOrchard.UnitTests.Modules;

public class ModuleCatalogTests
{
    private sealed class Module(string id, params string[] dependencies) : ModuleStartup
    {
        public override ModuleManifest Manifest { get; } = new(id, id, dependencies);
    }

    private static void AssertDependenciesFirst(ModuleCatalog catalog)
    {
        var order = catalog.Modules.Select(m => m.Manifest.Id).ToList();
        foreach (var module in catalog.Modules)
        {
            foreach (var dependency in module.Manifest.Dependencies)
                Assert.True(order.IndexOf(dependency) < order.IndexOf(module.Manifest.Id), $"{dependency} must come before {module.Manifest.Id}: {string.Join(", ", order)}");
        }
    }

    private static IEnumerable<T[]> Permutations<T>(T[] items) => items.Length <= 1
        ? [items]
        : items.SelectMany((item, i) => Permutations(items.Where((_, j) => j != i).ToArray()).Select(rest => rest.Prepend(item).ToArray()));

    [Fact]
    public void Dependencies_ComeBeforeTheModulesThatNeedThem_WhateverTheInputOrder()
    {
        ModuleStartup[] modules = [new Module("Admin", "Users", "Contents"), new Module("Articles", "Contents"), new Module("Users", "Contents"), new Module("Contents")];
        foreach (var input in Permutations(modules))
        {
            var catalog = new ModuleCatalog(input);
            Assert.Equal(4, catalog.Modules.Count);
            AssertDependenciesFirst(catalog);
        }
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
    public void HostModules_ListedBackwards_AreOrderedByTheirDependencies()
    {
        // The host lists them in a working order already; reversed, only the sorting can put them right.
        var modules = UstaOrchard.Web.UstaHost.Modules().Reverse().ToArray();
        var catalog = new ModuleCatalog(modules);
        Assert.Equal(modules.Length, catalog.Modules.Count);
        AssertDependenciesFirst(catalog);
    }
}
