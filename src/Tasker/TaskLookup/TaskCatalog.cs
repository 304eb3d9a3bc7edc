using System.Collections.Concurrent;
using System.Reflection;
using Tasker.Diagnostics;
using Tasker.Profiles.Values;

namespace Tasker.TaskLookup;

/// <summary>
/// Finds task types by the full name a profile gives: first the built-in names (given by the caller, so that lookup
/// knows nothing of the tasks Tasker ships), then the given assemblies in
/// order (the project's output assembly, then the assemblies it references), then, only for a name none of those
/// has, the further assemblies a host may offer (dependencies the output assembly's metadata does not name).
/// </summary>
internal sealed class TaskCatalog : ITypeLookup
{
    private readonly IReadOnlyList<Assembly> _assemblies;
    private readonly Lazy<IReadOnlyList<Assembly>> _allAssemblies;
    private readonly Dictionary<string, Type> _builtIns;

    // A profile names the same few types over and over (10,000 entries of one task): look each name up once.
    private readonly ConcurrentDictionary<string, Type?> _found = new(StringComparer.Ordinal);

    // Activators hold no state, so one per reference serves every entry that names it; only references that resolved
    // are kept, so a bad one is reported at each entry that uses it.
    private readonly ConcurrentDictionary<string, TaskActivator> _activators = new(StringComparer.Ordinal);

    // moreAssemblies is asked at most once: when a name is not in the first assemblies, or every task is listed.
    public TaskCatalog(IEnumerable<Assembly> assemblies, IReadOnlyDictionary<string, Type> builtIns, Func<IEnumerable<Assembly>>? moreAssemblies = null)
    {
        _assemblies = [.. assemblies.Distinct()];
        _allAssemblies = new Lazy<IReadOnlyList<Assembly>>(() => [.. _assemblies.Concat(moreAssemblies?.Invoke() ?? []).Distinct()]);
        _builtIns = new Dictionary<string, Type>(builtIns, StringComparer.Ordinal);
    }

    /// <summary>Every assembly searched for tasks, the further ones included.</summary>
    public IReadOnlyList<Assembly> Assemblies => _allAssemblies.Value;

    /// <summary>
    /// Resolves a reference to what creates its task: a task type (created with the constructor arguments of a
    /// <c>Some.Task$T$a,b</c> reference), or else a static method marked <see cref="TaskerFunctionAttribute"/> named
    /// <c>Namespace.Type.Method</c>.
    /// </summary>
    public TaskActivator ResolveActivator(string reference, SourceLocation location)
    {
        if (_activators.TryGetValue(reference, out var known))
        {
            return known;
        }

        var (name, arguments) = ParseReference(reference, location);
        TaskActivator activator = arguments.Count == 0 && Find(name, location) is null && FunctionTaskFinder.Find(name, Assemblies, location) is { } function
            ? function
            : new TypeTaskActivator(Resolve(reference, location), arguments);
        _activators.TryAdd(reference, activator);
        return activator;
    }

    /// <summary>
    /// Resolves a reference, optionally written as a task value (<c>Some.Task$T</c> or <c>Some.Task$T$a,b</c>, the Python
    /// version's spelling), to a task type with a public constructor for its arguments, or throws a diagnostic at
    /// <paramref name="location"/>.
    /// </summary>
    public Type Resolve(string reference, SourceLocation location)
    {
        var (name, arguments) = ParseReference(reference, location);
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

        if (type.IsAbstract || type.IsInterface || type.ContainsGenericParameters || (arguments.Count == 0 && type.GetConstructor(Type.EmptyTypes) is not { IsPublic: true }))
        {
            throw new DiagnosticException(Diagnostic.Error(
                DiagnosticCodes.NoParameterlessConstructor,
                location,
                $"The task type '{type.FullName}' cannot be created: it needs to be a concrete, non-generic class with a public parameterless constructor (or constructor arguments in the reference: \"{type.FullName}$T$argument1,argument2\")."));
        }

        if (arguments.Count > 0)
        {
            ArgumentBinder.RequireConstructor(type, arguments, location);
        }

        return type;
    }

    /// <summary>
    /// Finds any type (not only tasks) for <c>$R</c>, <c>$T</c> and <c>$M</c> values: the same places as task
    /// references, then Tasker itself, then the runtime's own lookup (framework types such as <c>System.Math</c>,
    /// or assembly-qualified names). Returns <see langword="null"/> when nothing has the name.
    /// </summary>
    public Type? FindType(string name, SourceLocation location)
    {
        if (Find(name, location) is { } type)
        {
            return type;
        }

        try
        {
            return typeof(ITask).Assembly.GetType(name, throwOnError: false) ?? Type.GetType(name, throwOnError: false);
        }
        catch (Exception exception) when (exception is ArgumentException or TypeLoadException or FileNotFoundException or FileLoadException or BadImageFormatException)
        {
            // A malformed or unloadable assembly-qualified name is simply not a type here; the caller reports it.
            return null;
        }
    }

    /// <inheritdoc/>
    public bool IsOfferedToProfiles(Type type) =>
        _builtIns.ContainsValue(type) || _assemblies.Contains(type.Assembly) || Assemblies.Contains(type.Assembly);

    /// <summary>Every public concrete task type of the searched assemblies (not the built-ins: see <see cref="BuiltIns"/>), for schemas.</summary>
    public IEnumerable<Type> TaskTypes() =>
        Assemblies.SelectMany(LoadableTypes)
            .Where(type => type.IsPublic && typeof(ITask).IsAssignableFrom(type) && !type.IsAbstract && !type.IsInterface && !type.ContainsGenericParameters)
            .Distinct();

    /// <summary>Every public type of the searched assemblies, for the JSON Schema's function tasks.</summary>
    public IEnumerable<Type> PublicTypes() => Assemblies.SelectMany(LoadableTypes).Where(type => type.IsPublic);

    /// <summary>The built-in names (including the Python docs' aliases) and the type each stands for.</summary>
    public IReadOnlyDictionary<string, Type> BuiltIns => _builtIns;

    // "Some.Task", "Some.Task$T" or "Some.Task$T$a,b"; any other suffix leaves the reference as written (and not found).
    private static (string Name, IReadOnlyList<string> Arguments) ParseReference(string reference, SourceLocation location)
    {
        var typed = TypedValueParser.Parse(reference, location, out var literal);
        return typed is { Suffix: ValueSuffix.TaskInstance } ? (typed.Body, typed.Arguments) : (typed is null ? literal : reference, []);
    }

    private Type? Find(string name, SourceLocation location)
    {
        RequireUsableName(name, location);
        if (_builtIns.TryGetValue(name, out var builtIn))
        {
            return builtIn;
        }

        if (_found.TryGetValue(name, out var known))
        {
            return known;
        }

        var type = Search(name, location);
        _found.TryAdd(name, type);
        return type;
    }

    // The runtime's lookup reads a type name up to its first NUL, so "Good.Task\0anything" would find Good.Task: a name
    // with a control character, or none at all, names nothing a profile can mean.
    private static void RequireUsableName(string name, SourceLocation location)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DiagnosticException(Diagnostic.Error(
                DiagnosticCodes.UnusableReference,
                location,
                "The reference is empty. Write the full name of a task type, such as \"MyProject.Tasks.BuildTask\"."));
        }

        if (name.Any(char.IsControl))
        {
            throw new DiagnosticException(Diagnostic.Error(
                DiagnosticCodes.UnusableReference,
                location,
                $"The reference contains the control character U+{(int)name.First(char.IsControl):X4}, which no type name has. Remove it from the reference."));
        }
    }

    // The further assemblies are read only for a name the first ones do not have.
    private Type? Search(string name, SourceLocation location) =>
        Search(name, location, _assemblies) ?? (Assemblies.Count > _assemblies.Count ? Search(name, location, Assemblies.Skip(_assemblies.Count)) : null);

    private static Type? Search(string name, SourceLocation location, IEnumerable<Assembly> assemblies)
    {
        foreach (var assembly in assemblies)
        {
            try
            {
                switch (MetadataTypeLookup.Find(assembly, name, out var defined))
                {
                    case MetadataTypeLookup.Answer.Found:
                        return defined!;
                    case MetadataTypeLookup.Answer.NotDefined:
                        continue;
                }

                // Only throwOnError tells "not here" from "here, but a dependency is missing": without it both are null.
                return assembly.GetType(name, throwOnError: true)!;
            }
            catch (Exception exception) when (exception is ArgumentException || (exception is TypeLoadException load && load.TypeName == name))
            {
                // Not in this assembly (or not a name any assembly has): look in the next one.
            }
            catch (Exception exception) when (exception is TypeLoadException or FileNotFoundException or FileLoadException or BadImageFormatException)
            {
                throw new DiagnosticException(Diagnostic.Error(
                    DiagnosticCodes.TaskTypeLoadFailed,
                    location,
                    $"The type '{name}' in {assembly.GetName().Name} exists but could not be loaded: {DescribeLoadFailure(exception)}"));
            }
        }

        return null;
    }

    private static string DescribeLoadFailure(Exception exception) => exception switch
    {
        FileNotFoundException { FileName: { } missing } =>
            $"the assembly '{missing}' it depends on is missing. Make sure the dependency is copied to the build output, then build again.",
        TypeLoadException { TypeName: { Length: > 0 } type } =>
            $"the type '{type}' it depends on cannot be loaded ({ExceptionText.Message(exception)}). Build the project and its references against the same versions.",
        _ => ExceptionText.Message(exception),
    };

    private string DescribeSearch() =>
        Assemblies.Count == 0 ? "the built-in tasks" : $"{string.Join(", ", Assemblies.Select(assembly => assembly.GetName().Name))} or the built-in tasks";

    private string SuggestionFor(string name)
    {
        var taskTypes = Assemblies.SelectMany(LoadableTypes).Where(type => typeof(ITask).IsAssignableFrom(type) && !type.IsAbstract).ToList();

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
