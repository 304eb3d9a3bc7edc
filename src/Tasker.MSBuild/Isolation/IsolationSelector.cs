using Microsoft.Build.Framework;
using Tasker.Diagnostics;
using Tasker.Events;

namespace Tasker.MSBuild.Isolation;

/// <summary>
/// Decides where each profile runs from <c>TaskerIsolation</c> and the profile's <c>Isolation</c> metadata,
/// reports a value it cannot read at the project file, and says in the detailed log why it chose so.
/// </summary>
/// <param name="assemblyPath">
/// The project's output assembly, scanned for Environment.Exit under auto; <see langword="null"/> before it exists
/// (getting ready early), when a profile it would send to the host is guessed to run in the node.
/// </param>
internal sealed class IsolationSelector(string? projectSetting, IReadOnlyList<string> frameworkReferences, string projectFile, string? assemblyPath, IPipelineEvents events)
{
    private bool _refusalReported;
    private bool? _callsEnvironmentExit;

    // Scanned once, and only when a profile is left to auto.
    private bool CallsEnvironmentExit() => _callsEnvironmentExit ??= IsolatedPipelines.CallsEnvironmentExit(assemblyPath!);

    /// <summary>The mode for <paramref name="profile"/>, or <see langword="null"/> after reporting an unknown value.</summary>
    public IsolationMode? ModeFor(ITaskItem profile)
    {
        var metadata = profile.GetMetadata("Isolation");
        var fromMetadata = !string.IsNullOrWhiteSpace(metadata);
        var text = fromMetadata ? metadata : projectSetting;
        if (!IsolationChoice.TryParse(text, out var requested))
        {
            var setting = fromMetadata ? $"The Isolation metadata of {profile.ItemSpec}" : "TaskerIsolation";
            events.Report(Diagnostic.Error(DiagnosticCodes.UnknownIsolationMode, SourceLocation.OfFile(projectFile), $"{setting} is '{text}', which is not an isolation mode. Use auto, process or none."));
            return null;
        }

        var decision = IsolationChoice.Decide(requested, frameworkReferences, IsolatedPipelines.InProcessAvailable, assemblyPath is null ? null : CallsEnvironmentExit);
        if (decision.InProcessRefused && !_refusalReported)
        {
            _refusalReported = true;
            events.Report(Diagnostic.Warning(DiagnosticCodes.InProcessUnavailable, SourceLocation.OfFile(projectFile), "TaskerIsolation is 'none', but MSBuild runs on .NET Framework, which cannot run the pipeline engine; the Tasker host runs the pipelines instead. Set TaskerIsolation to auto or process."));
        }

        var where = decision.Mode == IsolationMode.Process ? "in the out-of-process Tasker host" : "in the MSBuild node";
        events.Message(MessageLevel.Detail, $"{profile.ItemSpec} runs {where}: {decision.Reason}.");
        return decision.Mode;
    }
}
