using System.Globalization;
using Tasker.Events;
using Tasker.Isolation;

namespace Tasker.MSBuild;

/// <summary>
/// What the .NET SDK's Terminal Logger can show. At the default verbosity it hides every message, even high
/// importance ones; of a successful project it shows one line, "Project [framework] succeeded (time) → output",
/// where the output is taken from the last high-importance message of the form "Project -> path" (the form
/// the SDK's copy step and NuGet's pack use). Tasker appends its result to that line under the Terminal Logger
/// and leaves the classic console logger's output alone, where the summary message already shows.
/// </summary>
internal static class TerminalLoggerOutput
{
    // MSBuild sets this for the whole build (worker nodes included) to say whether the Terminal Logger is on.
    private const string EnabledVariable = "_MSBUILDTLENABLED";

    public static bool IsEnabled => Environment.GetEnvironmentVariable(EnabledVariable) == "1";

    /// <summary>The line the Terminal Logger turns into the project's output, or null when nothing ran.</summary>
    /// <param name="projectFile">The project of the message; the Terminal Logger matches its name.</param>
    /// <param name="outputPath">
    /// What the line points at. The Terminal Logger links to its folder, so it stays a real path and the results
    /// come after it.
    /// </param>
    public static string? OutputLine(string projectFile, string outputPath, IReadOnlyList<PipelineResult> results)
    {
        if (results.Count == 0)
        {
            return null;
        }

        return $"{Path.GetFileNameWithoutExtension(projectFile)} -> {outputPath} · Tasker: {string.Join(", ", results.Select(Describe))}";
    }

    /// <summary>The line that points the Terminal Logger at a written file.</summary>
    public static string FileLine(string projectFile, string path) =>
        $"{Path.GetFileNameWithoutExtension(projectFile)} -> {path}";

    private static string Describe(PipelineResult result)
    {
        var outcome = !result.Succeeded ? "failed" : result.StoppedByTask ? "stopped by a task" : "succeeded";
        var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        // A slash would move the folder the Terminal Logger links to.
        var name = result.Name.Replace('/', '_').Replace('\\', '_');
        return $"{name} {outcome} ({result.TasksRun} {(result.TasksRun == 1 ? "task" : "tasks")}, {seconds} s)";
    }
}
