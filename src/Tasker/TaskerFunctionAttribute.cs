namespace Tasker;

/// <summary>
/// Makes a public static method a task, the counterpart of the Python version's <c>def_task</c>. A profile
/// references it by its full name (<c>Namespace.Type.Method</c>). Each parameter is a key of the task's profile
/// table (a parameter with a default value is optional); a parameter of type <see cref="TaskContext"/> receives
/// the logger, the storage and the cancellation token instead. The method returns <see cref="Return"/> or nothing
/// (which means <see cref="Return.Success"/>).
/// </summary>
/// <example>
/// <code>
/// [TaskerFunction(Provide = ["greeting"])]
/// public static void Greet(TaskContext context, string name, int times = 1) =&gt;
///     context.Storage["greeting"] = string.Concat(Enumerable.Repeat($"Hello {name}. ", times));
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class TaskerFunctionAttribute : Attribute
{
    /// <summary>Keys of the shared storage the function reads.</summary>
    public string[] Require { get; init; } = [];

    /// <summary>Keys of the shared storage the function writes (and may read back).</summary>
    public string[] Provide { get; init; } = [];

    /// <summary>Keys of the shared storage the function deletes.</summary>
    public string[] Remove { get; init; } = [];
}
