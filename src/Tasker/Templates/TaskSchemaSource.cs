using Tasker.Diagnostics;
using Tasker.TaskLookup;

namespace Tasker.Templates;

/// <summary>Reads the definitions of tasks for templates and the JSON Schema, through the pipeline's own task catalog.</summary>
internal static class TaskSchemaSource
{
    /// <summary>The definitions of the task a reference names; an unknown reference or a failing Define() is a diagnostic.</summary>
    public static IReadOnlyList<Definition> For(TaskCatalog catalog, string reference, SourceLocation location)
    {
        var activator = catalog.ResolveActivator(reference, location);
        var task = activator.Create(location);
        return TaskCreation.Definitions(task, activator.TaskType.FullName!, location, "so no template can be written");
    }

    /// <summary>
    /// Every task a profile can reference by name, with the names it answers to (its full name; for a built-in, also
    /// its aliases; for a function task, its method's name) and its definitions. A task that cannot be created or
    /// describe itself is left out with a warning.
    /// </summary>
    public static IReadOnlyList<(IReadOnlyList<string> Names, IReadOnlyList<Definition> Definitions)> All(TaskCatalog catalog, SourceLocation location, ICollection<Diagnostic> diagnostics)
    {
        var names = new Dictionary<Type, List<string>>();
        foreach (var type in catalog.TaskTypes())
        {
            names[type] = [type.FullName!];
        }

        foreach (var (name, type) in catalog.BuiltIns.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            if (!names.TryGetValue(type, out var list))
            {
                names[type] = list = [type.FullName!];
            }

            if (!list.Contains(name))
            {
                list.Add(name);
            }
        }

        var result = new List<(IReadOnlyList<string>, IReadOnlyList<Definition>)>();
        foreach (var (type, typeNames) in names.OrderBy(pair => pair.Value[0], StringComparer.Ordinal))
        {
            if (type.GetConstructor(Type.EmptyTypes) is null)
            {
                continue;
            }

            try
            {
                var task = TaskCreation.Create(type, location);
                result.Add((typeNames, TaskCreation.Definitions(task, type.FullName!, location, "so it has no schema")));
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                var reason = exception is DiagnosticException diagnostic ? diagnostic.Diagnostic.Message : $"{exception.GetType().Name}: {ExceptionText.Message(exception)}";
                diagnostics.Add(Diagnostic.Warning(
                    DiagnosticCodes.LeftOutOfJsonSchema,
                    location,
                    $"{type.FullName} is left out of the JSON Schema: it could not be created or describe its profile ({reason})."));
            }
        }

        // Function tasks: a marked static method is referenced by its name, and its parameters are its table.
        foreach (var name in FunctionTaskFinder.AllNames(catalog.PublicTypes()).Order(StringComparer.Ordinal))
        {
            try
            {
                var function = FunctionTaskFinder.Find(name, catalog.Assemblies, location)!;
                result.Add(([name], [.. function.Create(location).Define()]));
            }
            catch (DiagnosticException exception)
            {
                diagnostics.Add(Diagnostic.Warning(
                    DiagnosticCodes.LeftOutOfJsonSchema,
                    location,
                    $"{name} is left out of the JSON Schema: {exception.Diagnostic.Message}"));
            }
        }

        return result;
    }
}
