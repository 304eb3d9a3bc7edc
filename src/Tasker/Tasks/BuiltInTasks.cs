using System.Reflection;
using Tasker.TaskLookup;
namespace Tasker.Tasks;

/// <summary>The tasks shipped with Tasker, under their own names and the Python docs' names.</summary>
internal static class BuiltInTasks
{
    public static IReadOnlyDictionary<string, Type> ByName { get; } = Register(
        (typeof(ForkTask), "tasker.tasks.containers.ForkTask"),
        (typeof(MapTask), "tasker.tasks.containers.MapTask"),
        (typeof(ReduceTask), "tasker.tasks.containers.ReduceTask"),
        (typeof(SetEnvironmentTask), "tasker.tasks.utils.SetEnvironmentTask"),
        (typeof(StorageKeyCopyTask), "tasker.tasks.utils.StorageKeyCopyTask"),
        (typeof(StorageKeyMoveTask), "tasker.tasks.utils.StorageKeyMoveTask"),
        (typeof(StorageKeyDeleteTask), "tasker.tasks.utils.StorageKeyDeleteTask"));

    /// <summary>A catalog of the built-in tasks and the task types of <paramref name="assemblies"/>, searched in order.</summary>
    public static TaskCatalog CatalogWith(IEnumerable<Assembly> assemblies, Func<IEnumerable<Assembly>>? moreAssemblies = null) => new(assemblies, ByName, moreAssemblies);

    // Each task under "Tasker.Tasks.<Name>" (its own full name) and its Python docs' name.
    private static Dictionary<string, Type> Register(params (Type Type, string PythonName)[] tasks)
    {
        var byName = new Dictionary<string, Type>(StringComparer.Ordinal);
        foreach (var (type, pythonName) in tasks)
        {
            byName.Add(type.FullName!, type);
            byName.Add(pythonName, type);

            // tasker 0.4.3 also exposed its modules under the waterch package ("waterch.tasker.tasks.containers.ForkTask").
            byName.Add("waterch." + pythonName, type);
        }

        return byName;
    }
}
