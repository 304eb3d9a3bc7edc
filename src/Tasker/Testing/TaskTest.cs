using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Tasker.Diagnostics;
using Tasker.Execution;
using Tasker.Launcher;
using Tasker.Profiles;
using Tasker.Profiles.Schemas;
using Tasker.Profiles.Values;
using Tasker.Storage;
using Tasker.TaskLookup;
using Tasker.Tasks;

namespace Tasker.Testing;

/// <summary>
/// Runs one task the way a pipeline runs it, for a unit test: the profile table is checked against the task's
/// schema, the task sees the storage through its declarations, and what it logs, returns and provides comes back in
/// a <see cref="TaskRun"/>. Works with any test framework.
/// </summary>
/// <example>
/// <code>
/// var run = TaskTest.Run(new Greet(), "name = \"Ada\"");
/// Assert.IsTrue(run.Succeeded);
/// Assert.AreEqual("Hello Ada", run.Storage.Get&lt;string&gt;("greeting"));
/// </code>
/// </example>
public static class TaskTest
{
    private const string DefaultProfilePath = "profile.toml";

    /// <summary>
    /// Reads TOML text as a task's profile table, with typed values (<c>"8$I"</c>, <c>"HOME$E"</c>...) evaluated as
    /// a pipeline evaluates them. Type names in <c>$R</c>, <c>$T</c> and <c>$M</c> values are looked up in the
    /// calling assembly, its references and the built-in tasks.
    /// </summary>
    /// <exception cref="TaskTestException">The text is not valid TOML or a typed value does not evaluate.</exception>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Profile Profile(string toml)
    {
        ArgumentNullException.ThrowIfNull(toml);
        return ReadProfile(toml, Assembly.GetCallingAssembly(), build: null);
    }

    /// <summary>
    /// A profile table holding <paramref name="values"/>: strings, booleans, integers, floating-point numbers,
    /// nested dictionaries (tables) and sequences (arrays) of those.
    /// </summary>
    /// <exception cref="ArgumentException">A value has another type.</exception>
    public static Profile Profile(IEnumerable<KeyValuePair<string, object?>> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new Profile(TableOf(values, "values"));
    }

    /// <summary>
    /// Runs <paramref name="task"/> with the profile table read from <paramref name="toml"/>. <paramref name="build"/> is
    /// the build context the task sees (<see cref="PipelineContext.Build"/>) and <c>$C</c> values read; none by default.
    /// </summary>
    /// <exception cref="TaskTestException">The text is not valid TOML or a typed value does not evaluate.</exception>
    public static TaskRun Run(ITask task, string toml, TestStorage? storage = null, CancellationToken cancellationToken = default, BuildContext? build = null)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(toml);
        return Run(task, ReadProfile(toml, task.GetType().Assembly, build), storage, cancellationToken, build);
    }

    /// <summary>
    /// Runs <paramref name="task"/> once as a pipeline entry would: checks <paramref name="profile"/> against the task's
    /// <c>Define()</c>, reads its declarations, invokes it (again while it returns Retry, up to the entry's default
    /// <c>max_retries</c>), and reports what a build would. <paramref name="build"/> is the build context the task sees.
    /// </summary>
    public static TaskRun Run(ITask task, Profile profile, TestStorage? storage = null, CancellationToken cancellationToken = default, BuildContext? build = null)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(profile);
        return Invoke(task, NameOf(task), profile, storage ?? new TestStorage(), cancellationToken, build);
    }

    /// <summary>
    /// Runs a function task: a public static method marked <see cref="TaskerFunctionAttribute"/>, given as a method
    /// group (<c>TaskTest.RunFunction(MyTasks.Greet, "name = \"Ada\"")</c>). Profile keys become its arguments.
    /// </summary>
    /// <exception cref="TaskTestException">The method is not a function task, or the TOML is not valid.</exception>
    public static TaskRun RunFunction(Delegate function, string toml = "", TestStorage? storage = null, CancellationToken cancellationToken = default, BuildContext? build = null)
    {
        ArgumentNullException.ThrowIfNull(function);
        ArgumentNullException.ThrowIfNull(toml);
        var method = function.Method;
        var declaration = method.GetCustomAttribute<TaskerFunctionAttribute>();
        if (!method.IsStatic || !method.IsPublic || declaration is null)
        {
            throw new TaskTestException(
                $"{method.DeclaringType?.FullName}.{method.Name} is not a function task: mark a public static method with [TaskerFunction], or test a task class with TaskTest.Run.");
        }

        var task = new FunctionTask(method, declaration);
        var profile = ReadProfile(toml, method.DeclaringType?.Assembly ?? typeof(TaskTest).Assembly, build);
        return Invoke(task, $"{method.DeclaringType?.FullName}.{method.Name}", profile, storage ?? new TestStorage(), cancellationToken, build);
    }

    private static TaskRun Invoke(ITask task, string name, Profile profile, TestStorage storage, CancellationToken cancellationToken, BuildContext? build)
    {
        var events = new RecordingEvents();
        var location = profile.Table.Location;
        var declarations = Check(task, name, profile, events);
        if (declarations is not var (require, provide, remove))
        {
            return new TaskRun(invoked: false, Return.Error, failed: true, storage, events.Records);
        }

        var view = new TaskStorageView(storage.Backend, name, location, require, provide, remove);
        var invocation = new TaskInvocation(task, name, location, profile, view, storage.Backend, MetaEntry.DefaultMaxRetries, LogLevel.Trace);
        using (PipelineContext.EnterBuild(build))
        using (PipelineContext.Enter(cancellationToken))
        {
            var outcome = TaskInvoker.Invoke(invocation, events, cancellationToken);
            return new TaskRun(invoked: true, outcome.State, outcome.Failed, storage, events.Records);
        }
    }

    // The check a pipeline makes before the run: the schema, then the declarations. Any problem stops the run.
    private static (IReadOnlyList<string>, IReadOnlyList<string>, IReadOnlyList<string>)? Check(ITask task, string name, Profile profile, RecordingEvents events)
    {
        var diagnostics = new List<Diagnostic>();
        try
        {
            IReadOnlyList<Definition> definitions;
            try
            {
                definitions = TaskCreation.Definitions(task, name, profile.Table.Location, "so its profile cannot be checked");
            }
            catch (DiagnosticException exception)
            {
                events.Report(exception.Diagnostic);
                return null;
            }

            SchemaValidator.Validate(profile.Table, definitions, $"task {name}", diagnostics);
            foreach (var diagnostic in diagnostics)
            {
                events.Report(diagnostic);
            }

            if (diagnostics.Any(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error))
            {
                return null;
            }

            return TaskCreation.Declarations(task, profile, name, profile.Table.Location);
        }
        catch (DiagnosticException exception)
        {
            events.Report(exception.Diagnostic);
            return null;
        }
    }

    private static Profile ReadProfile(string toml, Assembly typeSource, BuildContext? build)
    {
        using var scope = PipelineContext.EnterBuild(build);
        try
        {
            var table = TomlProfileReader.ReadText(toml, DefaultProfilePath);
            return new Profile(ValueEvaluator.Resolve(table, BuiltInTasks.CatalogWith([typeSource])));
        }
        catch (DiagnosticException exception)
        {
            throw new TaskTestException($"The test's profile is not valid: {exception.Diagnostic.Code}: {exception.Diagnostic.Message} ({exception.Diagnostic.Location.Line},{exception.Diagnostic.Location.Column})", exception);
        }
    }

    private static string NameOf(ITask task) => task is FunctionTask function
        ? $"{function.Method.DeclaringType?.FullName}.{function.Method.Name}"
        : task.GetType().FullName ?? task.GetType().Name;

    private static ProfileTable TableOf(IEnumerable<KeyValuePair<string, object?>> values, string path)
    {
        var table = new ProfileTable(SourceLocation.OfFile(DefaultProfilePath));
        foreach (var (key, value) in values)
        {
            ArgumentNullException.ThrowIfNull(key, nameof(values));
            table.Set(new ProfileField(key, table.Location, new ProfileValue(RawOf(value, $"{path}.{key}"), table.Location)));
        }

        return table;
    }

    private static object RawOf(object? value, string path) => value switch
    {
        string or bool or long or double => value,
        int or short or sbyte or byte or ushort or uint => Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture),
        float single => (double)single,
        decimal number => (double)number,
        IEnumerable<KeyValuePair<string, object?>> table => TableOf(table, path),
        System.Collections.IEnumerable items => ArrayOf(items, path),
        _ => throw new ArgumentException($"The profile value at '{path}' is {(value is null ? "null, which TOML cannot hold" : $"a {value.GetType().Name}")}; use a string, boolean, integer, floating-point number, dictionary or sequence.", nameof(value)),
    };

    private static ProfileArray ArrayOf(System.Collections.IEnumerable items, string path)
    {
        var list = items.Cast<object?>().ToList();
        var array = new ProfileArray(isArrayOfTables: list.Count > 0 && list.All(item => item is IEnumerable<KeyValuePair<string, object?>>));
        for (var index = 0; index < list.Count; index++)
        {
            array.Add(new ProfileValue(RawOf(list[index], $"{path}[{index}]"), SourceLocation.OfFile(DefaultProfilePath)));
        }

        return array;
    }
}
