using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
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

    /// <summary>
    /// The dependencies that reference Tasker but that the output assembly's metadata does not name: the compiler
    /// drops a reference whose types the code never uses, yet a profile may name a task of it (a ProjectReference or
    /// a package of tasks). Each file's metadata is read first, so only an assembly that can hold a task is loaded.
    /// </summary>
    public IEnumerable<Assembly> UnreferencedTaskAssemblies()
    {
        var named = new HashSet<string>(MainAssembly.GetReferencedAssemblies().Select(reference => reference.Name ?? string.Empty), StringComparer.OrdinalIgnoreCase)
        {
            MainAssembly.GetName().Name ?? string.Empty,
        };
        var found = new List<Assembly>();
        foreach (var (name, path) in _dependencies.OrderBy(dependency => dependency.Key, StringComparer.OrdinalIgnoreCase))
        {
            if (named.Contains(name) || IsShared(name) || !ReferencesTasker(path))
            {
                continue;
            }

            try
            {
                found.Add(LoadFromAssemblyName(new AssemblyName(name)));
            }
            catch (Exception exception) when (exception is FileNotFoundException or FileLoadException or BadImageFormatException)
            {
                // An assembly that cannot load holds no task the profile can use; the task lookup reports what it misses.
            }
        }

        return found;
    }

    private static bool ReferencesTasker(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var reader = new PEReader(stream);
            if (!reader.HasMetadata)
            {
                return false;
            }

            var metadata = reader.GetMetadataReader();
            var tasker = typeof(ITask).Assembly.GetName().Name;
            return metadata.AssemblyReferences.Any(handle => metadata.StringComparer.Equals(metadata.GetAssemblyReference(handle).Name, tasker!));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or BadImageFormatException or InvalidOperationException)
        {
            return false;
        }
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
            // Where the engine runs in the default context (the tool, the host) the runtime's fallback to it finds the
            // same assembly; handing it back ourselves would make the runtime check its name with a culture-aware
            // comparison, whose first use costs a short launch about 10 ms.
            return GetLoadContext(shared) == Default ? null : shared;
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
