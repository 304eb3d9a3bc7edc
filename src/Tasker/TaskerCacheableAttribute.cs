namespace Tasker;

/// <summary>
/// Marks a task type whose results may be taken from Tasker's result cache: given the same task assembly, table,
/// required storage values, declared input files and environment variables, it provides the same values and has no
/// other effect worth repeating. Every entry and branch that runs the type is then cached, as if its profile said
/// <c>cache = true</c>. Leave it off a task with side effects (deploying, sending, writing files it does not declare).
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, Inherited = false)]
public sealed class TaskerCacheableAttribute : Attribute
{
}
