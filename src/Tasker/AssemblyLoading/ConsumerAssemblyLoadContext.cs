using System.Reflection;
using System.Runtime.Loader;
using Microsoft.Extensions.Logging;

namespace Tasker.AssemblyLoading;

/// <summary>
/// Loads a project's output assembly and its copy-local dependencies into a collectible context, from bytes,
/// so the files are never locked and every build sees the code just compiled. Tasker's own contract assemblies
/// are handed back from the context that runs the engine, so the project's task types implement the same
/// <see cref="ITask"/> the engine knows.
/// </summary>
internal sealed class ConsumerAssemblyLoadContext : AssemblyLoadContext
{
    private static readonly Assembly[] SharedAssemblies = [typeof(ITask).Assembly, typeof(ILogger).Assembly];

    private readonly Dictionary<string, string> _dependencies;

    public ConsumerAssemblyLoadContext(string mainAssemblyPath, IEnumerable<string> dependencyPaths)
        : base($"Tasker: {Path.GetFileName(mainAssemblyPath)}", isCollectible: true)
    {
        _dependencies = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var directory = Path.GetDirectoryName(Path.GetFullPath(mainAssemblyPath))!;
        foreach (var file in Directory.EnumerateFiles(directory, "*.dll"))
        {
            _dependencies[Path.GetFileNameWithoutExtension(file)] = file;
        }

        // Explicit dependencies win over files that merely lie in the output folder.
        foreach (var path in dependencyPaths.Where(path => path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) && File.Exists(path)))
        {
            _dependencies[Path.GetFileNameWithoutExtension(path)] = Path.GetFullPath(path);
        }

        MainAssembly = LoadFromBytes(Path.GetFullPath(mainAssemblyPath));
    }

    public Assembly MainAssembly { get; }

    /// <summary>The output assembly, then the non-framework assemblies it references, in reference order.</summary>
    public IReadOnlyList<Assembly> SearchOrder()
    {
        var assemblies = new List<Assembly> { MainAssembly };
        foreach (var reference in MainAssembly.GetReferencedAssemblies())
        {
            if (reference.Name is { } name && _dependencies.ContainsKey(name) && !IsShared(name))
            {
                try
                {
                    assemblies.Add(LoadFromAssemblyName(reference));
                }
                catch (Exception exception) when (exception is FileNotFoundException or FileLoadException or BadImageFormatException)
                {
                    // A reference that cannot load holds no task the profile can use; the task lookup reports what it misses.
                }
            }
        }

        return assemblies;
    }

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (assemblyName.Name is not { } name)
        {
            return null;
        }

        var shared = SharedAssemblies.FirstOrDefault(assembly => string.Equals(assembly.GetName().Name, name, StringComparison.OrdinalIgnoreCase));
        if (shared is not null)
        {
            return shared;
        }

        return _dependencies.TryGetValue(name, out var path) ? LoadFromBytes(path) : null;
    }

    private static bool IsShared(string name) =>
        SharedAssemblies.Any(assembly => string.Equals(assembly.GetName().Name, name, StringComparison.OrdinalIgnoreCase));

    private Assembly LoadFromBytes(string path)
    {
        using var image = new MemoryStream(File.ReadAllBytes(path));
        var symbolsPath = Path.ChangeExtension(path, ".pdb");
        if (File.Exists(symbolsPath))
        {
            // Symbols give line numbers in the stack traces of the detailed log.
            using var symbols = new MemoryStream(File.ReadAllBytes(symbolsPath));
            return LoadFromStream(image, symbols);
        }

        return LoadFromStream(image);
    }
}
