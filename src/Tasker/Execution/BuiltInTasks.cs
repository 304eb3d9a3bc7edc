namespace Tasker.Execution;

/// <summary>The tasks shipped with Tasker, under their own names and the Python docs' names.</summary>
internal static class BuiltInTasks
{
    public static IReadOnlyDictionary<string, Type> ByName { get; } = new Dictionary<string, Type>(StringComparer.Ordinal);
}
