namespace Tasker.MSBuild.Isolation;

/// <summary>Reads an isolation setting and decides, for <c>auto</c>, whether running in the MSBuild node can work.</summary>
internal static class IsolationChoice
{
    /// <summary>The shared framework every .NET build of MSBuild has loaded; any other one is missing in process.</summary>
    public const string BaseFramework = "Microsoft.NETCore.App";

    /// <summary>Reads <c>auto</c>, <c>process</c> or <c>none</c> in any case; an empty value means <c>auto</c>.</summary>
    public static bool TryParse(string? text, out IsolationMode mode)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case null or "" or "auto":
                mode = IsolationMode.Auto;
                return true;
            case "process":
                mode = IsolationMode.Process;
                return true;
            case "none":
                mode = IsolationMode.None;
                return true;
            default:
                mode = IsolationMode.Auto;
                return false;
        }
    }

    /// <param name="requested">The setting.</param>
    /// <param name="frameworkReferences">The project's <c>FrameworkReference</c> names.</param>
    /// <param name="inProcessAvailable">False where the task runs on .NET Framework and cannot load the engine.</param>
    /// <param name="callsEnvironmentExit">Whether the project's assembly calls Environment.Exit (asked only for <c>auto</c>).</param>
    public static IsolationDecision Decide(IsolationMode requested, IEnumerable<string> frameworkReferences, bool inProcessAvailable, Func<bool>? callsEnvironmentExit = null)
    {
        if (requested == IsolationMode.Process)
        {
            return new IsolationDecision(IsolationMode.Process, "TaskerIsolation is 'process'");
        }

        if (!inProcessAvailable)
        {
            return new IsolationDecision(IsolationMode.Process, "MSBuild runs on .NET Framework, which cannot load the engine", InProcessRefused: requested == IsolationMode.None);
        }

        if (requested == IsolationMode.None)
        {
            return new IsolationDecision(IsolationMode.None, "TaskerIsolation is 'none'");
        }

        var extraFrameworks = frameworkReferences
            .Where(name => !string.IsNullOrWhiteSpace(name) && !string.Equals(name, BaseFramework, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (extraFrameworks.Count > 0)
        {
            return new IsolationDecision(IsolationMode.Process, $"the project uses the shared framework {string.Join(", ", extraFrameworks)}, which MSBuild has not loaded");
        }

        // In the MSBuild node, Environment.Exit would end the build with the task's exit code and no message.
        return callsEnvironmentExit?.Invoke() == true
            ? new IsolationDecision(IsolationMode.Process, "the project's assembly calls Environment.Exit, which in the MSBuild node would end the build without a message")
            : new IsolationDecision(IsolationMode.None, "the project needs no shared framework beyond Microsoft.NETCore.App");
    }
}
