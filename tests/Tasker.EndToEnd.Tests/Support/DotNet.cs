using System.Diagnostics;

namespace Tasker.EndToEnd.Tests.Support;

/// <summary>
/// Runs the dotnet CLI as a user would, but isolated: no node reuse, no build server, no shared compiler server,
/// and a package folder of this test run only, so a re-packed Tasker is never shadowed by an older copy.
/// </summary>
internal static class DotNet
{
    public static ProcessResult Run(string workingDirectory, string packagesFolder, params string[] arguments) =>
        Run(workingDirectory, packagesFolder, new Dictionary<string, string?>(), arguments);

    /// <summary>Runs dotnet with these environment variables besides the isolating ones (a null value unsets one).</summary>
    public static ProcessResult Run(string workingDirectory, string packagesFolder, IReadOnlyDictionary<string, string?> environment, params string[] arguments) =>
        RunWith(StartInfo("dotnet", workingDirectory, packagesFolder, arguments), environment);

    /// <summary>Runs another program (an installed tool) with the same isolating environment.</summary>
    public static ProcessResult RunProgram(string program, string workingDirectory, string packagesFolder, params string[] arguments) =>
        RunProgram(program, workingDirectory, packagesFolder, new Dictionary<string, string?>(), arguments);

    /// <summary>Runs another program with these environment variables besides the isolating ones (a null value unsets one).</summary>
    public static ProcessResult RunProgram(string program, string workingDirectory, string packagesFolder, IReadOnlyDictionary<string, string?> environment, params string[] arguments) =>
        RunWith(StartInfo(program, workingDirectory, packagesFolder, arguments), environment);

    /// <summary>
    /// Starts dotnet as a terminal would start it: in a process group of its own, which <see cref="RunningCommand.Interrupt"/>
    /// signals whole as Ctrl+C does, and with a standard input that stays open and silent until it ends. Unix only.
    /// </summary>
    public static RunningCommand StartInTerminal(string workingDirectory, string packagesFolder, params string[] arguments)
    {
        // Interrupted like a terminal's Ctrl+C: SIGINT's default handling even where the tests run with it ignored.
        var start = StartInfo("setsid", workingDirectory, packagesFolder, [.. Tasker.Tests.Support.InterruptibleStart.Prefix, "dotnet", .. arguments]);
        start.RedirectStandardInput = true;
        return RunningCommand.Start(start);
    }

    /// <summary>
    /// Runs the dotnet CLI in a pseudo-terminal (util-linux <c>script</c>), as an interactive user does, so the
    /// .NET SDK picks its default logger there: the Terminal Logger. The result is the screen's raw text,
    /// escape sequences included.
    /// </summary>
    public static ProcessResult RunInTerminal(string workingDirectory, string packagesFolder, params string[] arguments)
    {
        // A fixed, wide screen: the Terminal Logger cuts lines at the terminal's width.
        var command = "stty cols 250 rows 50; exec dotnet " + string.Join(' ', arguments.Select(Quote));
        var start = StartInfo("script", workingDirectory, packagesFolder, ["--quiet", "--return", "--command", command, "/dev/null"]);
        start.Environment["TERM"] = "xterm-256color";

        // MSBuild turns the Terminal Logger off on a CI server (these are the variables it checks) and when child
        // processes must write to its stdout (which dotnet test sets); the test wants what a developer's terminal shows.
        string[] automation =
        [
            "MSBUILDTERMINALLOGGER", "MSBUILDENSURESTDOUTFORTASKPROCESSES", "CI", "GITHUB_ACTIONS", "COPILOT_API_URL", "BUILD_ID",
            "BUILDKITE", "CIRCLECI", "TEAMCITY_VERSION", "TF_BUILD", "APPVEYOR", "TRAVIS", "GITLAB_CI", "JENKINS_URL", "BAMBOO_BUILD_NUMBER",
        ];
        foreach (var variable in automation)
        {
            start.Environment.Remove(variable);
        }

        using var running = RunningCommand.Start(start);
        return running.WaitForResult();
    }

    private static string Quote(string argument) => "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static ProcessResult RunWith(ProcessStartInfo start, IReadOnlyDictionary<string, string?> environment)
    {
        foreach (var (name, value) in environment)
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        using var command = RunningCommand.Start(start);
        return command.WaitForResult();
    }

    private static ProcessStartInfo StartInfo(string program, string workingDirectory, string packagesFolder, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NUGET_PACKAGES"] = packagesFolder;
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["UseSharedCompilation"] = "false";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDTERMINALLOGGER"] = "off";
        return start;
    }
}
