using System.Diagnostics;
using System.Text;

namespace Tasker.EndToEnd.Tests.Support;

/// <summary>
/// Runs the dotnet CLI as a user would, but isolated: no node reuse, no build server, no shared compiler server,
/// and a package folder of this test run only, so a re-packed Tasker is never shadowed by an older copy.
/// </summary>
internal static class DotNet
{
    public static ProcessResult Run(string workingDirectory, string packagesFolder, params string[] arguments) =>
        Run(workingDirectory, packagesFolder, new Dictionary<string, string?>(), arguments);

    /// <summary>Runs with <paramref name="environment"/> on top of this process's variables (null removes one).</summary>
    public static ProcessResult Run(string workingDirectory, string packagesFolder, IReadOnlyDictionary<string, string?> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
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
