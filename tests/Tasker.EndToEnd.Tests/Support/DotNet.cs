using System.Diagnostics;
using System.Text;

namespace Tasker.EndToEnd.Tests.Support;

/// <summary>
/// Runs the dotnet CLI as a user would, but isolated: no node reuse, no build server, no shared compiler server,
/// and a package folder of this test run only, so a re-packed Tasker is never shadowed by an older copy.
/// </summary>
internal static class DotNet
{
    public static ProcessResult Run(string workingDirectory, string packagesFolder, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["MSBUILDTERMINALLOGGER"] = "off";
        return Run(start, workingDirectory, packagesFolder, arguments);
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
        var start = new ProcessStartInfo("script");
        foreach (var argument in (string[])["--quiet", "--return", "--command", command, "/dev/null"])
        {
            start.ArgumentList.Add(argument);
        }

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

        return Run(start, workingDirectory, packagesFolder, arguments);
    }

    private static string Quote(string argument) => "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static ProcessResult Run(ProcessStartInfo start, string workingDirectory, string packagesFolder, string[] arguments)
    {
        start.WorkingDirectory = workingDirectory;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        start.Environment["NUGET_PACKAGES"] = packagesFolder;
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["UseSharedCompilation"] = "false";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, line) => Append(output, line.Data);
        process.ErrorDataReceived += (_, line) => Append(output, line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', arguments)} did not finish in 5 minutes:\n{output}");
        }

        process.WaitForExit();
        return new ProcessResult(process.ExitCode, output.ToString());
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
