using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO.Pipes;
using System.Text;
using Tasker.Diagnostics;
using Tasker.Events;
using Tasker.Isolation;

namespace Tasker.MSBuild.Isolation;

/// <summary>
/// One running host: sends it requests on its channel (see <see cref="HostChannel"/>), replays its events to the
/// build, logs what it prints as messages, and tells what happened when it ends without finishing a run (a task
/// called Environment.Exit, crashed or overflowed its stack, the host was killed, or the build was cancelled).
/// Whatever the host or its children do, the MSBuild node only sees events, and only the channel carries them.
/// </summary>
internal sealed class HostProcess : IDisposable
{
    // The runtime writes the cause of a crash first ("Stack overflow.", "Unhandled exception. ..."); a stack
    // overflow's trace that follows can run to thousands of lines.
    private const int KeptErrorLines = 20;

    // What the runtime prints on standard error when it ends the process; what follows is its trace.
    private static readonly string[] RuntimeCrashMarkers = ["Stack overflow.", "Unhandled exception.", "Fatal error."];

    // After the engine's own grace period for a cancelled task (5 s), so that a pipeline that stops by itself is
    // reported by the engine, and only one that does not is killed.
    private static readonly TimeSpan KillAfterCancel = TimeSpan.FromSeconds(7);

    // How long what the host printed last (its crash text, a child's last line) may take to arrive after it ended.
    private static readonly TimeSpan OutputGrace = TimeSpan.FromSeconds(2);

    private readonly Process _process;
    private readonly NamedPipeServerStream _channel;
    private readonly Task _connected;
    private readonly TaskCompletionSource<bool> _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<bool> _outputEnded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<bool> _errorEnded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly BlockingCollection<HostOutput> _output = [];
    private readonly List<string> _errorLines = [];
    private StreamWriter? _requests;
    private IPipelineEvents? _lastEvents;
    private bool _hostSpoke;
    private bool _crashing;

    private HostProcess(Process process, NamedPipeServerStream channel)
    {
        _process = process;
        _channel = channel;
        _connected = channel.WaitForConnectionAsync();
        process.Exited += (_, _) => _exited.TrySetResult(true);
        process.OutputDataReceived += (_, line) => Printed(line.Data);
        process.ErrorDataReceived += (_, line) => PrintedError(line.Data);
    }

    public bool HasExited => _process.HasExited;

    /// <summary>Starts the host under the given runtime config; throws what <see cref="Process.Start()"/> throws.</summary>
    public static HostProcess Start(HostLaunch launch)
    {
        var channelName = HostChannel.NewName();
        var channel = new NamedPipeServerStream(channelName, PipeDirection.InOut, 1, PipeTransmissionMode.Byte, HostChannel.Options);
        var start = new ProcessStartInfo(launch.DotNetPath, $"exec --runtimeconfig {Quote(launch.RuntimeConfigPath)} {Quote(launch.HostAssemblyPath)} {HostChannel.Option} {channelName}")
        {
            UseShellExecute = false,
            CreateNoWindow = true,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        try
        {
            var host = new HostProcess(process, channel);
            process.Start();

            // Nothing is ever read from standard input: a task that reads it gets end of input at once.
            process.StandardInput.Close();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            return host;
        }
        catch
        {
            process.Dispose();
            channel.Dispose();
            throw;
        }
    }

    /// <summary>Runs one request; returns its result, or <see langword="null"/> when the host ended first (after reporting why).</summary>
    public PipelineResult? Run(HostRequest request, IPipelineEvents events, IPipelineProgress progress, CancellationToken cancellationToken)
    {
        var running = new List<EntryInfo>();
        _lastEvents = events;
        if (!Connect())
        {
            ReportEnd(request, entry: null, events, cancelled: false);
            return null;
        }

        using var killTimer = new Timer(_ => Kill(), null, Timeout.Infinite, Timeout.Infinite);
        using (cancellationToken.Register(() => CancelRun(killTimer)))
        {
            Send(request);

            foreach (var output in _output.GetConsumingEnumerable())
            {
                if (output.PrintedLine is { } printed)
                {
                    events.Message(MessageLevel.Normal, printed);
                    continue;
                }

                if (output.Event is not { } hostEvent)
                {
                    break;
                }

                _hostSpoke = true;
                hostEvent.ReplayOn(progress);
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

    /// <summary>Waits until the host has opened its channel, or has ended without doing so (it could not start).</summary>
    private bool Connect()
    {
        if (_requests is not null)
        {
            return true;
        }

        if (Task.WaitAny(_connected, _exited.Task) != 0 || _connected.IsFaulted)
        {
            return false;
        }

        _requests = new StreamWriter(_channel, new UTF8Encoding(false)) { NewLine = "\n" };
        new Thread(ReadChannel) { IsBackground = true, Name = "Tasker host channel" }.Start();
        return true;
    }

    private void ReadChannel()
    {
        try
        {
            using var reader = new StreamReader(_channel, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: false, bufferSize: 64 * 1024, leaveOpen: true);
            while (reader.ReadLine() is { } line)
            {
                // Only the host writes here; a line that is not an event would be a bug of ours, not task output.
                if (HostProtocol.ReadEvent(line) is { } hostEvent)
                {
                    Add(HostOutput.From(hostEvent));
                }
            }
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException)
        {
            // The host ended; the end of the channel says so.
        }

        Add(HostOutput.ChannelClosed);
    }

    private void Printed(string? line)
    {
        if (line is null)
        {
            _outputEnded.TrySetResult(true);
        }
        else
        {
            Add(HostOutput.Printed(line));
        }
    }

    private void Add(HostOutput output)
    {
        try
        {
            _output.Add(output);
        }
        catch (InvalidOperationException)
        {
            // Disposed: the build no longer listens to this host.
        }
    }

    /// <summary>
    /// Standard error is a task's (or its child's) output like standard output, except what the runtime prints when
    /// the host fails to start or crashes: that is kept for the error that explains the end.
    /// </summary>
    private void PrintedError(string? line)
    {
        if (line is null)
        {
            _errorEnded.TrySetResult(true);
            return;
        }

        lock (_errorLines)
        {
            _crashing |= RuntimeCrashMarkers.Any(marker => line.StartsWith(marker, StringComparison.Ordinal));
            if (_requests is not null && !_crashing)
            {
                Printed(line);
                return;
            }

            if (_errorLines.Count < KeptErrorLines)
            {
                _errorLines.Add(line);
            }
        }
    }

    private void Send(HostRequest request)
    {
        try
        {
            lock (_channel)
            {
                _requests?.WriteLine(HostProtocol.Serialize(request));
                _requests?.Flush();
            }
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException or InvalidOperationException)
        {
            // The host has already ended; the end of its channel tells why.
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
            // The end of the channel ends the host's request loop: it exits by itself.
            lock (_channel)
            {
                _requests?.Dispose();
                _channel.Dispose();
            }

            if (!_exited.Task.Wait(5000))
            {
                Kill();
            }

            // What a task's child printed last, perhaps without a final newline, arrives when standard output
            // ends; a child that still runs may hold it open, and is not waited for long.
            if (_lastEvents is { } events)
            {
                Task.WaitAll([_outputEnded.Task, _errorEnded.Task], OutputGrace);
                LogPrinted(events);
            }
        }
        catch (IOException)
        {
            // Already gone.
        }
        finally
        {
            _output.CompleteAdding();
            _process.Dispose();
        }
    }

    private void ReportEnd(HostRequest request, EntryInfo? entry, IPipelineEvents events, bool cancelled)
    {
        // Not Process.WaitForExit(): it also waits for the end of standard output, which a process a task started
        // can hold open long after the host died.
        _exited.Task.Wait();
        var exitCode = _process.ExitCode;
        _errorEnded.Task.Wait(OutputGrace);
        LogPrinted(events);

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
            events.Report(Diagnostic.Error(DiagnosticCodes.HostEnded, location, $"{entry.DisplayName} ended the Tasker host process with exit code {exitCode}{said}{Signal(exitCode)}. A task must not call Environment.Exit, crash its process or overflow its stack: return Return.Error or throw an exception to fail the pipeline."));
        }
        else if (_hostSpoke)
        {
            events.Report(Diagnostic.Error(DiagnosticCodes.HostEnded, location, $"The Tasker host process ended with exit code {exitCode}{said}{Signal(exitCode)} while it ran this profile, outside any task."));
        }
        else
        {
            // The runtime names a missing framework on a line of its own, after a general first line.
            var missing = errorLines.Select(line => line.Trim()).FirstOrDefault(line => line.StartsWith("Framework:", StringComparison.Ordinal)) is { } framework ? $" ({framework})" : string.Empty;
            events.Report(Diagnostic.Error(DiagnosticCodes.HostStartFailed, location, $"The Tasker host could not start (exit code {exitCode}){said}{missing}. Install the .NET runtime the project targets (or a newer one), or set TaskerIsolation to none."));
        }
    }

    private void LogPrinted(IPipelineEvents events)
    {
        while (_output.TryTake(out var output))
        {
            if (output.PrintedLine is { } printed)
            {
                events.Message(MessageLevel.Normal, printed);
            }
        }
    }

    /// <summary>On Unix an exit code above 128 is a signal: 137 is SIGKILL, which the out-of-memory killer sends.</summary>
    private static string Signal(int exitCode) => exitCode switch
    {
        137 => ", killed from outside (SIGKILL, as the out-of-memory killer does)",
        143 => ", terminated from outside (SIGTERM)",
        _ => string.Empty,
    };

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
