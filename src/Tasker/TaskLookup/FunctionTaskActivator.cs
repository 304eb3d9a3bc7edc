using System.Reflection;
using Tasker.Diagnostics;

namespace Tasker.TaskLookup;

/// <summary>Creates the task for a static method marked <see cref="TaskerFunctionAttribute"/>.</summary>
internal sealed class FunctionTaskActivator(MethodInfo method, TaskerFunctionAttribute declaration) : TaskActivator
{
    public MethodInfo Method { get; } = method;

    public override Type TaskType => typeof(FunctionTask);

    public override Type DefiningType => Method.DeclaringType ?? TaskType;

    protected override bool ReadMarkedCacheable() => Method.IsDefined(typeof(TaskerCacheableAttribute), inherit: false);

    public override ITask Create(SourceLocation location) => new FunctionTask(Method, declaration);
}
