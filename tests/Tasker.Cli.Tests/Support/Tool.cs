using System.Diagnostics;
using Tasker.Tests.Support;

namespace Tasker.Cli.Tests.Support;

/// <summary>Runs the built tool as <c>dotnet Tasker.Cli.dll ...</c> with redirected streams, as a script or CI would.</summary>
internal static class Tool
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    public static ToolRun Run(string workingDirectory, params string[] arguments) => Run(workingDirectory, new Dictionary<string, string>(), arguments);

    public static ToolRun Run(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        Run(workingDirectory, environment, interruptAfter: null, arguments);

    /// <summary>
    /// Runs the tool and, once a line of its standard output contains <paramref name="interruptAfter"/>, sends it
    /// SIGINT, as Ctrl+C in a terminal does (POSIX only).
    /// </summary>
    public static ToolRun RunAndInterrupt(string workingDirectory, string interruptAfter, params string[] arguments) =>
        Run(workingDirectory, new Dictionary<string, string>(), interruptAfter, arguments);

    private static ToolRun Run(string workingDirectory, IReadOnlyDictionary<string, string> environment, string? interruptAfter, string[] arguments)
    {
        // A run the test interrupts gets SIGINT's default handling, even when the tests run where it is ignored.
        string[] command = interruptAfter is null ? ["dotnet"] : [.. InterruptibleStart.Prefix, "dotnet"];
        var start = new ProcessStartInfo(command[0])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var part in command.Skip(1))
        {
            start.ArgumentList.Add(part);
        }

        start.ArgumentList.Add(BuiltFiles.Tool);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The tests' own environment says nothing about colours: only the tool's choice shows.
        start.Environment.Remove("NO_COLOR");

        // Nor about CI: a test run on a CI service must not turn on the tool's CI commands.
        start.Environment.Remove("GITHUB_ACTIONS");
        start.Environment.Remove("TF_BUILD");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var before = new System.Text.StringBuilder();
        if (interruptAfter is not null)
        {
            while (process.StandardOutput.ReadLine() is { } line)
            {
                before.AppendLine(line);
                if (line.Contains(interruptAfter, StringComparison.Ordinal))
                {
                    using var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
                    kill.WaitForExit();
                    break;
                }
            }
        }

        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"tasker {string.Join(' ', arguments)} did not end within {Limit}.");
        }

        return new ToolRun(process.ExitCode, before + output.Result, error.Result);
    }
}
