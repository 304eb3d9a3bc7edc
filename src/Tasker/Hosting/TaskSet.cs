using Tasker.AssemblyLoading;
using Tasker.Diagnostics;
using Tasker.TaskLookup;
using Tasker.Tasks;

namespace Tasker.Hosting;

/// <summary>
/// The tasks a host can run: the built-in tasks and, when loaded from a project's output assembly, the task types of
/// that assembly and of the assemblies it references, held in a collectible context until disposed. The MSBuild tasks,
/// the host and the command line all load through here.
/// </summary>
internal sealed class TaskSet : IDisposable
{
    private readonly ConsumerAssemblyLoadContext? _context;

    private TaskSet(TaskCatalog catalog, ConsumerAssemblyLoadContext? context)
    {
        Catalog = catalog;
        _context = context;
    }

    public TaskCatalog Catalog { get; }

    /// <summary>Only the tasks Tasker ships.</summary>
    public static TaskSet BuiltIn() => new(BuiltInTasks.CatalogWith([]), context: null);

    /// <summary>
    /// Loads a project's output assembly and its copy-local dependencies; a missing or unloadable assembly is a
    /// diagnostic at <paramref name="location"/>, ending with <paramref name="fix"/> (what to do, in the host's words).
    /// </summary>
    public static TaskSet Load(string assemblyPath, IEnumerable<string> dependencyPaths, SourceLocation location, string fix)
    {
        if (!File.Exists(assemblyPath))
        {
            throw new DiagnosticException(Diagnostic.Error(
                DiagnosticCodes.AssemblyLoadFailed, location, $"The task assembly '{assemblyPath}' does not exist.{Sentence(fix)}"));
        }

        try
        {
            var context = new ConsumerAssemblyLoadContext(assemblyPath, dependencyPaths);
            return new TaskSet(BuiltInTasks.CatalogWith(context.SearchOrder(), context.UnreferencedTaskAssemblies), context);
        }
        catch (BadImageFormatException exception)
        {
            throw new DiagnosticException(Diagnostic.Error(
                DiagnosticCodes.AssemblyLoadFailed, location, $"The task assembly '{assemblyPath}' cannot be loaded: {exception.Message}"));
        }
    }

    public void Dispose() => _context?.Unload();

    private static string Sentence(string fix) => string.IsNullOrWhiteSpace(fix) ? string.Empty : " " + fix.Trim();
}
