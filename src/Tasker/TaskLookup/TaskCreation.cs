using System.Reflection;
using Tasker.Diagnostics;
using Tasker.Profiles;
using Tasker.Profiles.Values;

namespace Tasker.TaskLookup;

/// <summary>Creates a task and reads what it declares; whatever the task's own code throws is reported as its fault.</summary>
internal static class TaskCreation
{
    public static ITask Create(Type taskType, SourceLocation location, IReadOnlyList<string>? arguments = null)
    {
        try
        {
            return (ITask)(arguments is { Count: > 0 } ? ArgumentBinder.Construct(taskType, arguments, location) : Activator.CreateInstance(taskType)!);
        }
        catch (TargetInvocationException exception) when (exception.InnerException is { } inner)
        {
            throw new DiagnosticException(Diagnostic.Error(
                DiagnosticCodes.TaskConstructorThrew,
                location,
                $"The constructor of {taskType.FullName} threw {inner.GetType().Name}: {inner.Message}"));
        }
    }

    /// <summary>The storage declarations of a task, read once; a declaration that throws is the task's fault.</summary>
    public static (IReadOnlyList<string> Require, IReadOnlyList<string> Provide, IReadOnlyList<string> Remove) Declarations(ITask task, Profile profile, string taskName, SourceLocation location)
    {
        try
        {
            (task as IProfileConfiguredTask)?.Configure(profile);
            return ([.. task.Require()], [.. task.Provide()], [.. task.Remove()]);
        }
        catch (Exception exception) when (exception is not DiagnosticException)
        {
            throw new DiagnosticException(Diagnostic.Error(
                DiagnosticCodes.TaskThrew,
                location,
                $"Task {taskName} threw {exception.GetType().Name} while declaring its storage keys: {exception.Message}"));
        }
    }
}
