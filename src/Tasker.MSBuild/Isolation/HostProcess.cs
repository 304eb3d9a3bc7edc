using System.Diagnostics;
using System.Text;
using Tasker.Diagnostics;
using Tasker.Events;
using Tasker.Isolation;

namespace Tasker.MSBuild.Isolation;

/// <summary>
/// One running host: sends it requests, replays its events to the build, and tells what happened when it ends
/// without finishing a run (a task called Environment.Exit, crashed or overflowed its stack, or the build was
/// cancelled and the host killed). Whatever the host does, the MSBuild node only sees events.
/// </summary>
internal sealed class HostProcess : IDisposable
{
    // The runtime writes the cause of a crash first ("Stack overflow.", "Unhandled exception. ..."); a stack
    // overflow's trace that follows can run to thousands of lines.
    private const int KeptErrorLines = 20;

    // After the engine's own grace period for a cancelled task (5 s), so that a pipeline that stops by itself is
    // reported by the engine, and only one that does not is killed.
    private static readonly TimeSpan KillAfterCancel = TimeSpan.FromSeconds(7);

    private readonly Process _process;
    private readonly StreamWriter _input;
    private readonly List<string> _errorLines = [];
    private bool _hostSpoke;

    private HostProcess(Process process)
    {
        _process = process;
        _input = new StreamWriter(process.StandardInput.BaseStream, new UTF8Encoding(false)) { NewLine = "\n" };
        process.ErrorDataReceived += (_, line) => KeepErrorLine(line.Data);
        process.BeginErrorReadLine();
    }

    public bool HasExited => _process.HasExited;

    /// <summary>Starts the host under the given runtime config; throws what <see cref="Process.Start()"/> throws.</summary>
    public static HostProcess Start(HostLaunch launch)
    {
        var start = new ProcessStartInfo(launch.DotNetPath, $"exec --runtimeconfig {Quote(launch.RuntimeConfigPath)} {Quote(launch.HostAssemblyPath)}")
        {
            UseShellExecute = false,
            CreateNoWindow = true,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        var process = new Process { StartInfo = start };
        process.Start();
        return new HostProcess(process);
    }

    /// <summary>Runs one request; returns its result, or <see langword="null"/> when the host ended first (after reporting why).</summary>
    public HostPipelineResult? Run(HostRequest request, IPipelineEvents events, CancellationToken cancellationToken)
    {
        var running = new List<HostEntry>();
        using var killTimer = new Timer(_ => Kill(), null, Timeout.Infinite, Timeout.Infinite);
        using (cancellationToken.Register(() => CancelRun(killTimer)))
        {
            Send(request);

            while (_process.StandardOutput.ReadLine() is { } line)
            {
                if (HostProtocol.ReadEvent(line) is not { } hostEvent)
                {
                    events.Message(MessageLevel.Normal, line);
                    continue;
                }

                _hostSpoke = true;
                switch (hostEvent.Kind)
                {
                    case HostEventKind.Diagnostic when hostEvent.Diagnostic is { } diagnostic:
                        events.Report(diagnostic);
                        break;
                    case HostEventKind.Message:
                        events.Message(hostEvent.Level, hostEvent.Text ?? string.Empty);
                        break;
                    case HostEventKind.EntryStarted when hostEvent.Entry is { } entry:
                        running.Add(entry);
                        break;
                    case HostEventKind.EntryFinished when hostEvent.Entry is { } entry:
                        running.Remove(entry);
                        break;
                    case HostEventKind.Finished when hostEvent.Result is { } result:
                        return result;
                }
            }
        }

        ReportEnd(request, running.LastOrDefault(), events, cancellationToken.IsCancellationRequested);
        return null;
    }

    private void Send(HostRequest request)
    {
        try
        {
            lock (_input)
            {
                _input.WriteLine(HostProtocol.Serialize(request));
                _input.Flush();
            }
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException)
        {
            // The host has already ended; reading its output finds out why.
        }
    }

    /// <summary>Asks the host to cancel, as the engine does in process, and kills it if it has not finished in time.</summary>
    private void CancelRun(Timer killTimer)
    {
        Send(HostRequest.Cancellation);
        killTimer.Change(KillAfterCancel, Timeout.InfiniteTimeSpan);
    }

    public void Dispose()
    {
        try
        {
            // End of input ends the host's request loop: it exits by itself.
            lock (_input)
            {
                _input.Dispose();
            }

            if (!_process.WaitForExit(5000))
            {
                Kill();
            }
        }
        catch (IOException)
        {
            // Already gone.
        }
        finally
        {
            _process.Dispose();
        }
    }

    private void ReportEnd(HostRequest request, HostEntry? entry, IPipelineEvents events, bool cancelled)
    {
        _process.WaitForExit();
        var exitCode = _process.ExitCode;
        string[] errorLines;
        lock (_errorLines)
        {
            errorLines = [.. _errorLines];
        }

        foreach (var line in errorLines)
        {
            events.Message(MessageLevel.Detail, $"Tasker host: {line}");
        }

        var said = errorLines.Select(line => line.Trim()).FirstOrDefault(line => line.Length > 0) is { } firstLine ? $" ('{firstLine}')" : string.Empty;
        var location = entry?.Location ?? SourceLocation.OfFile(request.ProfilePath);
        if (cancelled)
        {
            var what = entry is null ? "the pipeline" : entry.DisplayName;
            events.Report(Diagnostic.Error(DiagnosticCodes.PipelineCancelled, location, $"The build was cancelled while {what} was running, which did not stop within {KillAfterCancel.TotalSeconds:0} s; the Tasker host process was killed."));
        }
        else if (entry is not null)
        {
            events.Report(Diagnostic.Error(DiagnosticCodes.HostEnded, location, $"{entry.DisplayName} ended the Tasker host process with exit code {exitCode}{said}. A task must not call Environment.Exit, crash its process or overflow its stack: return Return.Error or throw an exception to fail the pipeline."));
        }
        else if (_hostSpoke)
        {
            events.Report(Diagnostic.Error(DiagnosticCodes.HostEnded, location, $"The Tasker host process ended with exit code {exitCode}{said} while it ran this profile, outside any task."));
        }
        else
        {
            // The runtime names a missing framework on a line of its own, after a general first line.
            var missing = errorLines.Select(line => line.Trim()).FirstOrDefault(line => line.StartsWith("Framework:", StringComparison.Ordinal)) is { } framework ? $" ({framework})" : string.Empty;
            events.Report(Diagnostic.Error(DiagnosticCodes.HostStartFailed, location, $"The Tasker host could not start (exit code {exitCode}){said}{missing}. Install the .NET runtime the project targets (or a newer one), or set TaskerIsolation to none."));
        }
    }

    private void KeepErrorLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_errorLines)
        {
            if (_errorLines.Count < KeptErrorLines)
            {
                _errorLines.Add(line);
            }
        }
    }

    private void Kill()
    {
        try
        {
#if NET
            _process.Kill(entireProcessTree: true);
#else
            _process.Kill();
#endif
        }
        catch (InvalidOperationException)
        {
            // It has already ended.
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // It is ending.
        }
    }

    private static string Quote(string argument) => $"\"{argument}\"";
}
