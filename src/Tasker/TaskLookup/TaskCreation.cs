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
                $"The constructor of {taskType.FullName} threw {inner.GetType().Name}: {ExceptionText.Message(inner)}"));
        }
    }

    /// <summary>The storage declarations of a task, read once; a declaration that throws or holds null is the task's fault.</summary>
    public static (IReadOnlyList<string> Require, IReadOnlyList<string> Provide, IReadOnlyList<string> Remove) Declarations(ITask task, Profile profile, string taskName, SourceLocation location)
    {
        try
        {
            (task as IProfileConfiguredTask)?.Configure(profile);
            return (
                Keys(task.Require(), "Require()", taskName, location),
                Keys(task.Provide(), "Provide()", taskName, location),
                Keys(task.Remove(), "Remove()", taskName, location));
        }
        catch (Exception exception) when (exception is not DiagnosticException)
        {
            throw new DiagnosticException(Diagnostic.Error(
                DiagnosticCodes.TaskThrew,
                location,
                $"Task {taskName} threw {exception.GetType().Name} while declaring its storage keys: {ExceptionText.Message(exception)}"));
        }
    }

    /// <summary>
    /// A task's definitions, read once. A Define() that throws, returns null or holds a null definition cannot describe
    /// the task's profile: that is reported as an unreadable schema, and <paramref name="consequence"/> says what it stops.
    /// </summary>
    public static IReadOnlyList<Definition> Definitions(ITask task, string taskName, SourceLocation location, string consequence)
    {
        IReadOnlyList<Definition> definitions;
        try
        {
            definitions = task.Define() is { } declared ? (declared is ICollection<Definition> { Count: 0 } ? [] : [.. declared]) : throw Unreadable($"Task {taskName}'s Define() returned null, {consequence}. Return an empty list when the task has no keys.");
        }
        catch (Exception exception) when (exception is not DiagnosticException)
        {
            throw Unreadable($"Task {taskName} threw {exception.GetType().Name} from Define(), {consequence}: {ExceptionText.Message(exception)}");
        }

        var nullAt = IndexOfNull(definitions);
        return nullAt < 0
            ? definitions
            : throw Unreadable($"Task {taskName}'s Define() returned null as its definition number {nullAt + 1}, {consequence}. Return only results of Definition.Value, Table, ArrayOfTables or From.");

        DiagnosticException Unreadable(string message) => new(Diagnostic.Error(DiagnosticCodes.SchemaUnreadable, location, message));
    }

    private static IReadOnlyList<string> Keys(IEnumerable<string>? declared, string method, string taskName, SourceLocation location)
    {
        // Most tasks declare no keys of a kind: no copy of nothing for every branch of a fork.
        IReadOnlyList<string> keys = declared is null or ICollection<string> { Count: 0 } ? [] : [.. declared];
        var nullAt = declared is null ? 0 : IndexOfNull(keys);
        return nullAt < 0
            ? keys
            : throw new DiagnosticException(Diagnostic.Error(
                DiagnosticCodes.NullStorageKeyDeclared,
                location,
                declared is null
                    ? $"Task {taskName}'s {method} returned null instead of a list of storage keys. Return an empty list when the task declares no keys."
                    : $"Task {taskName}'s {method} declared null as its storage key number {nullAt + 1}. Declare only non-null key names."));
    }

    // The lists come from a task's code, which nullable annotations do not bind.
    private static int IndexOfNull<T>(IReadOnlyList<T> items) where T : class
    {
        for (var index = 0; index < items.Count; index++)
        {
            if (items[index] is null)
            {
                return index;
            }
        }

        return -1;
    }
}
