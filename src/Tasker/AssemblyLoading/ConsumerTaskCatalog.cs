using Tasker.Diagnostics;
using Tasker.Events;
using Tasker.TaskLookup;
using Tasker.Tasks;

namespace Tasker.AssemblyLoading;

/// <summary>
/// The task catalog of a project: its output assembly and copy-local dependencies, loaded on first use into a
/// collectible context that <see cref="Dispose"/> unloads. Used alike in the MSBuild node and in the host.
/// </summary>
internal sealed class ConsumerTaskCatalog(string assemblyPath, IEnumerable<string> dependencyPaths) : IDisposable
{
    private ConsumerAssemblyLoadContext? _context;
    private TaskCatalog? _catalog;

    /// <summary>The catalog, or <see langword="null"/> after reporting at <paramref name="profilePath"/> why the assembly cannot load.</summary>
    public TaskCatalog? Load(string profilePath, IPipelineEvents events)
    {
        if (_catalog is not null)
        {
            return _catalog;
        }

        var location = SourceLocation.OfFile(profilePath);
        if (!File.Exists(assemblyPath))
        {
            events.Report(Diagnostic.Error(DiagnosticCodes.AssemblyLoadFailed, location, $"The project's output assembly '{assemblyPath}' does not exist, so no task can be loaded. Build the project before running its pipelines."));
            return null;
        }

        try
        {
            _context = new ConsumerAssemblyLoadContext(assemblyPath, dependencyPaths);
            _catalog = BuiltInTasks.CatalogWith(_context.SearchOrder());
            return _catalog;
        }
        catch (BadImageFormatException exception)
        {
            events.Report(Diagnostic.Error(DiagnosticCodes.AssemblyLoadFailed, location, $"The project's output assembly '{assemblyPath}' cannot be loaded: {exception.Message}"));
            return null;
        }
    }

    public void Dispose() => _context?.Unload();
}
