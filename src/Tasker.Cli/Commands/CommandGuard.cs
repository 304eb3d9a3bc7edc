using System.Runtime.InteropServices;
using Tasker.Cli.Output;
using Tasker.Diagnostics;

namespace Tasker.Cli.Commands;

/// <summary>
/// Runs a command body so that every way it can end is an exit code and, for a failure, a diagnostic line:
/// never an unhandled exception with a stack trace.
/// </summary>
internal static class CommandGuard
{
    public static int Run(ConsoleOutput output, string? place, Func<CancellationToken, int> body)
    {
        using var cancellation = new CancellationTokenSource();
        // A signal registration, not Console.CancelKeyPress, which sets up the console on Unix for one handler.
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context =>
        {
            // The first Ctrl+C stops between tasks and reports; a second one ends the process as usual.
            context.Cancel = !cancellation.IsCancellationRequested;
            cancellation.Cancel();
        });
        var location = SourceLocation.OfFile(place ?? "tasker");
        try
        {
            return body(cancellation.Token);
        }
        catch (DiagnosticException exception)
        {
            DiagnosticFormat.Write(output, exception.Diagnostic);
            return ExitCodes.UsageOrProfileError;
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            DiagnosticFormat.Write(output, Diagnostic.Error(DiagnosticCodes.CliCancelled, location, "The command was cancelled (Ctrl+C); tasks after the running one did not run."));
            return ExitCodes.PipelineFailed;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            DiagnosticFormat.Write(output, Diagnostic.Error(DiagnosticCodes.CliFailed, location, $"tasker failed unexpectedly: {exception.GetType().Name}: {exception.Message}"));
            if (output.Verbosity.ShowsDetail)
            {
                output.ErrorLine(exception.ToString());
            }

            return ExitCodes.PipelineFailed;
        }
    }
}
