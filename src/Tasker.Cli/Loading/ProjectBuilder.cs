using System.Diagnostics;
using Tasker.Diagnostics;

namespace Tasker.Cli.Loading;

/// <summary>
/// Builds the project with <c>dotnet build</c> in a child process, with Tasker's own build step turned off so the
/// pipelines do not run twice. A failed build's error lines are passed on as they are.
/// </summary>
internal static class ProjectBuilder
{
    public static void Build(string projectPath, string configuration, string? framework, SourceLocation location, Action<string> errorLine)
    {
        var start = new ProcessStartInfo(DotnetExecutable())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "build", projectPath, "--configuration", configuration, "-nologo", "-verbosity:quiet", "-p:TaskerEnabled=false" })
        {
            start.ArgumentList.Add(argument);
        }

        if (framework is not null)
        {
            start.ArgumentList.Add("--framework");
            start.ArgumentList.Add(framework);
        }

        using var process = Process.Start(start) ?? throw new DiagnosticException(Diagnostic.Error(
            DiagnosticCodes.CliBuildFailed, location, $"'{start.FileName} build' could not be started. Build the project yourself and pass --no-build."));
        var errorText = process.StandardError.ReadToEndAsync();
        var outputLines = new List<string>();
        while (process.StandardOutput.ReadLine() is { } line)
        {
            outputLines.Add(line);
        }

        process.WaitForExit();
        if (process.ExitCode == 0)
        {
            return;
        }

        // The build's own lines already have the file(line,col): error form; repeat only those.
        foreach (var line in outputLines.Concat(errorText.Result.Split('\n')).Where(line => line.Contains(": error ", StringComparison.Ordinal)).Distinct(StringComparer.Ordinal))
        {
            errorLine(line.TrimEnd());
        }

        throw new DiagnosticException(Diagnostic.Error(
            DiagnosticCodes.CliBuildFailed,
            location,
            $"Building {Path.GetFileName(projectPath)} failed (dotnet build exited with {process.ExitCode}). Fix the errors above, or pass --no-build to use the last output."));
    }

    /// <summary>The <c>dotnet</c> that runs this tool, so the build uses the same installation.</summary>
    private static string DotnetExecutable()
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(host) && File.Exists(host))
        {
            return host;
        }

        var process = Environment.ProcessPath;
        return process is not null && Path.GetFileNameWithoutExtension(process).Equals("dotnet", StringComparison.OrdinalIgnoreCase) ? process : "dotnet";
    }
}
