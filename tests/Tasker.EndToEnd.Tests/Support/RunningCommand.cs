using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Tasker.EndToEnd.Tests.Support;

/// <summary>A command that runs while the test goes on: its output is collected until it ends.</summary>
internal sealed class RunningCommand : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private RunningCommand(Process process)
    {
        _process = process;
    }

    public static RunningCommand Start(ProcessStartInfo start)
    {
        var command = new RunningCommand(new Process { StartInfo = start });
        command._process.OutputDataReceived += (_, line) => command.Append(line.Data);
        command._process.ErrorDataReceived += (_, line) => command.Append(line.Data);
        command._process.Start();
        command._process.BeginOutputReadLine();
        command._process.BeginErrorReadLine();
        return command;
    }

    public bool HasExited => _process.HasExited;

    /// <summary>SIGINT to the command's process group, as a terminal's Ctrl+C (the command must lead its group).</summary>
    public void Interrupt()
    {
        using var kill = Process.Start("kill", ["-INT", "--", $"-{_process.Id.ToString(CultureInfo.InvariantCulture)}"]);
        kill.WaitForExit();
    }

    public ProcessResult WaitForResult()
    {
        if (!_process.WaitForExit(Limit))
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{_process.StartInfo.FileName} {string.Join(' ', _process.StartInfo.ArgumentList)} did not finish in {Limit.TotalMinutes} minutes:\n{_output}");
        }

        _process.WaitForExit();
        lock (_output)
        {
            return new ProcessResult(_process.ExitCode, _output.ToString());
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
