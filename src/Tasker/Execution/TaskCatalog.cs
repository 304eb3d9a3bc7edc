using System.Reflection;
using Tasker.Diagnostics;
using Tasker.Functions;

namespace Tasker.Execution;

/// <summary>
/// Finds task types by the full name a profile gives: first the built-in names, then the given assemblies in
/// order (the project's output assembly, then the assemblies it references).
/// </summary>
internal sealed class TaskCatalog
{
    // The Python version's 0.4 spelling of a task reference ends in "$T".
    private const string PythonTaskSuffix = "$T";

    private readonly IReadOnlyList<Assembly> _assemblies;
    private readonly Dictionary<string, Type> _builtIns;

    public TaskCatalog(IEnumerable<Assembly> assemblies, IReadOnlyDictionary<string, Type>? builtIns = null)
    {
        _assemblies = [.. assemblies.Distinct()];
        _builtIns = new Dictionary<string, Type>(builtIns ?? BuiltInTasks.ByName, StringComparer.Ordinal);
    }

    public IReadOnlyList<Assembly> Assemblies => _assemblies;

    /// <summary>
    /// Resolves a reference to what creates its task: a task type, or else a static method marked
    /// <see cref="TaskerFunctionAttribute"/> named <c>Namespace.Type.Method</c>.
    /// </summary>
    public TaskActivator ResolveActivator(string reference, SourceLocation location)
    {
        var name = reference.EndsWith(PythonTaskSuffix, StringComparison.Ordinal) ? reference[..^PythonTaskSuffix.Length] : reference;
        if (Find(name, location) is null && FunctionTaskFinder.Find(name, _assemblies, location) is { } function)
        {
            return function;
        }

        return new TypeTaskActivator(Resolve(reference, location));
    }

    /// <summary>Resolves a reference to a task type that can be created, or throws a diagnostic at <paramref name="location"/>.</summary>
    public Type Resolve(string reference, SourceLocation location)
    {
        var name = reference.EndsWith(PythonTaskSuffix, StringComparison.Ordinal) ? reference[..^PythonTaskSuffix.Length] : reference;
        var type = Find(name, location) ?? throw new DiagnosticException(Diagnostic.Error(
            DiagnosticCodes.UnknownTaskReference,
            location,
            $"No task type named '{name}' was found in {DescribeSearch()}.{SuggestionFor(name)} Use the full name of a public class that implements Tasker.ITask."));

        if (!typeof(ITask).IsAssignableFrom(type))
        {
            throw new DiagnosticException(Diagnostic.Error(
                DiagnosticCodes.NotATask,
                location,
                $"The type '{type.FullName}' does not implement Tasker.ITask. Implement ITask (Return Invoke(Profile, IStorage, ILogger)) or reference another type."));
        }

        if (type.IsAbstract || type.IsInterface || type.ContainsGenericParameters || type.GetConstructor(Type.EmptyTypes) is not { IsPublic: true })
        {
            throw new DiagnosticException(Diagnostic.Error(
                DiagnosticCodes.NoParameterlessConstructor,
                location,
                $"The task type '{type.FullName}' cannot be created: it needs to be a concrete, non-generic class with a public parameterless constructor."));
        }

        return type;
    }

    private Type? Find(string name, SourceLocation location)
    {
        if (_builtIns.TryGetValue(name, out var builtIn))
        {
            return builtIn;
        }

        foreach (var assembly in _assemblies)
        {
            try
            {
                if (assembly.GetType(name, throwOnError: false) is { } type)
                {
                    return type;
                }
            }
            catch (Exception exception) when (exception is TypeLoadException or FileNotFoundException or FileLoadException or BadImageFormatException)
            {
                // The type exists but cannot load (often a missing dependency): say so instead of "not found".
                throw new DiagnosticException(Diagnostic.Error(
                    DiagnosticCodes.TaskTypeLoadFailed,
                    location,
                    $"The task type '{name}' in {assembly.GetName().Name} could not be loaded: {exception.Message}"));
            }
        }

        return null;
    }

    private string DescribeSearch() =>
        _assemblies.Count == 0 ? "the built-in tasks" : $"{string.Join(", ", _assemblies.Select(assembly => assembly.GetName().Name))} or the built-in tasks";

    private string SuggestionFor(string name)
    {
        var taskTypes = _assemblies.SelectMany(LoadableTypes).Where(type => typeof(ITask).IsAssignableFrom(type) && !type.IsAbstract).ToList();

        // A type with the same simple name in another namespace is the likeliest intent.
        var simpleName = name[(name.LastIndexOf('.') + 1)..];
        var sameSimpleName = taskTypes.Where(type => string.Equals(type.Name, simpleName, StringComparison.OrdinalIgnoreCase)).Select(type => $"'{type.FullName}'").ToList();
        if (sameSimpleName.Count > 0)
        {
            return $" Did you mean {string.Join(" or ", sameSimpleName)}?";
        }

        return Suggestions.DidYouMean(name, taskTypes.Select(type => type.FullName!).Concat(_builtIns.Keys));
    }

    private static IEnumerable<Type> LoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException exception)
        {
            return exception.Types.OfType<Type>();
        }
    }
}
