using System.Reflection;
using Tasker.Diagnostics;
using Tasker.Profiles;

namespace Tasker.TaskLookup;

/// <summary>Finds the static method a reference of the form <c>Namespace.Type.Method</c> names, and checks it can be a task.</summary>
internal static class FunctionTaskFinder
{
    /// <summary>The function task <paramref name="name"/> names, or <see langword="null"/> when no such method exists.</summary>
    public static FunctionTaskActivator? Find(string name, IReadOnlyList<Assembly> assemblies, SourceLocation location)
    {
        var dot = name.LastIndexOf('.');
        if (dot <= 0 || dot == name.Length - 1)
        {
            return null;
        }

        var typeName = name[..dot];
        var methodName = name[(dot + 1)..];
        foreach (var assembly in assemblies)
        {
            var type = TryGetType(assembly, typeName);
            if (type is null)
            {
                continue;
            }

            var methods = type.GetMethods(BindingFlags.Public | BindingFlags.Static).Where(method => method.Name == methodName).ToList();
            if (methods.Count == 0)
            {
                continue;
            }

            var marked = methods.Where(method => method.GetCustomAttribute<TaskerFunctionAttribute>() is not null).ToList();
            if (marked.Count != 1)
            {
                var problem = marked.Count == 0
                    ? "is not marked [TaskerFunction]. Add [TaskerFunction(Require = ..., Provide = ...)] to the method to make it a task"
                    : $"has {marked.Count} overloads marked [TaskerFunction]. Mark only one of them";
                throw new DiagnosticException(Diagnostic.Error(DiagnosticCodes.InvalidFunctionTask, location, $"The method '{name}' {problem}."));
            }

            var function = marked[0];
            Check(function, name, location);
            return new FunctionTaskActivator(function, function.GetCustomAttribute<TaskerFunctionAttribute>()!);
        }

        return null;
    }

    /// <summary>The names (<c>Namespace.Type.Method</c>) of every public static method marked [TaskerFunction] in the assemblies.</summary>
    public static IEnumerable<string> AllNames(IEnumerable<Type> publicTypes) =>
        publicTypes
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Static).Where(method => method.IsDefined(typeof(TaskerFunctionAttribute), inherit: false)).Select(method => $"{type.FullName}.{method.Name}"))
            .Distinct(StringComparer.Ordinal);

    private static void Check(MethodInfo method, string name, SourceLocation location)
    {
        if (method.ReturnType != typeof(void) && method.ReturnType != typeof(Return))
        {
            throw Invalid(name, location, $"returns {method.ReturnType.Name}; a function task returns Tasker.Return or nothing (void)");
        }

        if (method.ContainsGenericParameters)
        {
            throw Invalid(name, location, "is generic; a function task needs concrete parameter types");
        }

        foreach (var parameter in method.GetParameters())
        {
            if (parameter.ParameterType.IsByRef)
            {
                throw Invalid(name, location, $"takes '{parameter.Name}' by reference; profile keys are passed by value");
            }

            if (parameter.ParameterType != typeof(TaskContext) && !IsProfileType(parameter.ParameterType))
            {
                throw Invalid(name, location, $"has the parameter '{parameter.Name}' of type {parameter.ParameterType.Name}, which no profile value converts to. Use a string, number, boolean, date, enum, Profile (a table) or an array of those, or take a TaskContext");
            }
        }
    }

    private static bool IsProfileType(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (ProfileValueConverter.ElementType(underlying) is { } element)
        {
            return IsProfileType(element);
        }

        return underlying.IsPrimitive || underlying.IsEnum || underlying == typeof(string) || underlying == typeof(decimal) || underlying == typeof(object)
            || underlying == typeof(Profile) || underlying == typeof(DateTime) || underlying == typeof(DateTimeOffset)
            || underlying == typeof(DateOnly) || underlying == typeof(TimeOnly);
    }

    private static DiagnosticException Invalid(string name, SourceLocation location, string problem) =>
        new(Diagnostic.Error(DiagnosticCodes.InvalidFunctionTask, location, $"The function task '{name}' {problem}."));

    private static Type? TryGetType(Assembly assembly, string typeName)
    {
        try
        {
            return assembly.GetType(typeName, throwOnError: false);
        }
        catch (Exception exception) when (exception is TypeLoadException or FileNotFoundException or FileLoadException or BadImageFormatException)
        {
            return null;
        }
    }
}
