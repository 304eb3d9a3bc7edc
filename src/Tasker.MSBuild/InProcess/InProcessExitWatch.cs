using Tasker.Diagnostics;
using Tasker.Events;

namespace Tasker.MSBuild.InProcess;

/// <summary>
/// Watches for the MSBuild process ending while a pipeline runs in it: a task that calls <c>Environment.Exit</c>
/// (with <c>TaskerIsolation=none</c>, or from an assembly the metadata scan does not read) would otherwise end the
/// build with the task's exit code and no message, so <c>Environment.Exit(0)</c> would read as a successful build.
/// At process exit it prints a located error in MSBuild's format on the process's standard error and turns an exit
/// code of 0 into 1. It passes progress on and remembers the running entry, to point at it.
/// </summary>
internal sealed class InProcessExitWatch : IPipelineProgress, IDisposable
{
    private static readonly object Gate = new();
    private static InProcessExitWatch? _running;
    private static bool _hooked;

    private readonly IPipelineProgress _inner;
    private readonly string _profilePath;
    private EntryInfo? _entry;

    private InProcessExitWatch(IPipelineProgress inner, string profilePath)
    {
        _inner = inner;
        _profilePath = profilePath;
    }

    /// <summary>Watches until the returned watch is disposed; pipelines of one build step run one after another.</summary>
    public static InProcessExitWatch Begin(IPipelineProgress inner, string profilePath)
    {
        var watch = new InProcessExitWatch(inner, profilePath);
        lock (Gate)
        {
            _running = watch;
            if (!_hooked)
            {
                _hooked = true;
                AppDomain.CurrentDomain.ProcessExit += (_, _) => OnProcessExit();
            }
        }

        return watch;
    }

    /// <summary>The error printed when the process ends with exit code <paramref name="exitCode"/> while <paramref name="entry"/> runs.</summary>
    public static string Text(string profilePath, EntryInfo? entry, int exitCode)
    {
        var location = entry?.Location ?? SourceLocation.OfFile(profilePath);
        var where = location.Line > 0 ? $"{location.File}({location.Line},{location.Column})" : location.File;
        var who = entry is null ? "A task of this pipeline" : entry.DisplayName;
        return $"{where}: error {DiagnosticCodes.InProcessExit.Code}: {who} ended the MSBuild process (exit code {exitCode}) while the pipeline ran in it, so the build stops here and fails. "
            + "A task must not call Environment.Exit: return Return.Error or throw to fail the pipeline. Set TaskerIsolation to process (or the Isolation metadata of the profile) to run such a task in the Tasker host, where it fails only its entry (TSK5101).";
    }

    public void Dispose()
    {
        lock (Gate)
        {
            if (ReferenceEquals(_running, this))
            {
                _running = null;
            }
        }
    }

    public void PipelineStarted(PipelineHeader header, int steps) => _inner.PipelineStarted(header, steps);

    public void EntryStarted(EntryInfo entry, int position, int steps)
    {
        lock (Gate)
        {
            _entry = entry;
        }

        _inner.EntryStarted(entry, position, steps);
    }

    public void EntryDeclared(EntryInfo entry, IReadOnlyList<string> require, IReadOnlyList<string> provide, bool isContainer) =>
        _inner.EntryDeclared(entry, require, provide, isContainer);

    public void WorkAdvanced(EntryInfo entry, int done, int total) => _inner.WorkAdvanced(entry, done, total);

    public void EntryFinished(EntryInfo entry, TaskOutcome outcome, TimeSpan elapsed)
    {
        lock (Gate)
        {
            _entry = null;
        }

        _inner.EntryFinished(entry, outcome, elapsed);
    }

    public void PipelineFinished(PipelineResult result, string profilePath) => _inner.PipelineFinished(result, profilePath);

    private static void OnProcessExit()
    {
        string text;
        lock (Gate)
        {
            if (_running is not { } watch)
            {
                return;
            }

            text = Text(watch._profilePath, watch._entry, Environment.ExitCode);
        }

        // Whatever code the task chose, the build did not finish: it must not end as a success.
        if (Environment.ExitCode == 0)
        {
            Environment.ExitCode = 1;
        }

        try
        {
            // The process's own standard error, not Console.Error, which the running pipeline has routed.
            using var error = new StreamWriter(Console.OpenStandardError());
            error.WriteLine(text);
        }
        catch (IOException)
        {
            // Nowhere left to say it; the exit code still tells.
        }
    }
}
