namespace UstaOrchard.Core.Modules;

/// <summary>The enabled modules, ordered so that every module comes after the modules it depends on.</summary>
public sealed class ModuleCatalog
{
    public ModuleCatalog(IEnumerable<ModuleStartup> modules)
    {
        var byId = new Dictionary<string, ModuleStartup>(StringComparer.Ordinal);
        foreach (var module in modules)
        {
            if (!byId.TryAdd(module.Manifest.Id, module))
                throw new InvalidOperationException($"Module '{module.Manifest.Id}' is enabled twice.");
        }

        var ordered = new List<ModuleStartup>();
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false: visiting, true: done
        foreach (var module in byId.Values) Visit(module, byId, state, ordered, new Stack<string>());
        Modules = ordered;
    }

    public IReadOnlyList<ModuleStartup> Modules { get; }

    /// <summary>The id under which Core's own migrations and index handlers go (it is no module of the catalog).</summary>
    public const string CoreId = "UstaOrchard.Core";

    /// <summary>The module whose assembly defines <paramref name="type"/>; Core's id for Core's types.</summary>
    public string ModuleIdOf(Type type)
        => Modules.FirstOrDefault(m => m.GetType().Assembly == type.Assembly)?.Manifest.Id ?? CoreId;

    public bool IsKnown(string moduleId) => moduleId == CoreId || Modules.Any(m => m.Manifest.Id == moduleId);

    private static void Visit(ModuleStartup module, Dictionary<string, ModuleStartup> byId,
        Dictionary<string, bool> state, List<ModuleStartup> ordered, Stack<string> path)
    {
        var id = module.Manifest.Id;
        if (state.TryGetValue(id, out var done))
        {
            if (!done) throw new InvalidOperationException($"Modules depend on each other in a cycle: {string.Join(" -> ", path.Reverse())} -> {id}.");
            return;
        }

        state[id] = false;
        path.Push(id);
        foreach (var dependency in module.Manifest.Dependencies)
        {
            if (!byId.TryGetValue(dependency, out var required))
                throw new InvalidOperationException($"Module '{id}' needs module '{dependency}', which is not enabled.");
            Visit(required, byId, state, ordered, path);
        }

        path.Pop();
        state[id] = true;
        ordered.Add(module);
    }
}
