using System.Reflection;
using Microsoft.Extensions.Logging;
using Tasker.Diagnostics;
using Tasker.Events;
using Tasker.Storage;

namespace Tasker.Execution;

/// <summary>
/// Creates and invokes one task, retrying it as long as it asks to (bounded), and turns everything that can go
/// wrong (exceptions, undefined flags, logged errors) into diagnostics at the task's entry.
/// </summary>
internal static class TaskInvoker
{
    private const Return AllFlags = Return.Exit | Return.Write | Return.Read | Return.Error | Return.Retry | Return.Reload;

    public static TaskOutcome Invoke(TaskInvocation invocation, IPipelineEvents events, CancellationToken cancellationToken)
    {
        var (task, taskName, location, profile, storage, backend, maxRetries, minimumLogLevel) = invocation;
        var logger = new TaskLogger(taskName, location, minimumLogLevel, events);
        for (var attempt = 0; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ConsoleRouter.Reinstate();
            Return state;
            try
            {
                state = task.Invoke(profile, storage, logger);
            }
            catch (DiagnosticException exception)
            {
                events.Report(NamingTask(exception.Diagnostic, taskName));
                return new TaskOutcome(Return.Error, Failed: true);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception exception)
            {
                events.Report(Diagnostic.Error(
                    DiagnosticCodes.TaskThrew,
                    location,
                    $"Task {taskName} threw {exception.GetType().Name}: {ExceptionText.Message(exception)}"));
                events.Message(MessageLevel.Detail, $"{taskName}: {ExceptionText.Full(exception)}");
                return new TaskOutcome(Return.Error, Failed: true);
            }

            if ((state & ~AllFlags) != 0)
            {
                events.Report(Diagnostic.Error(
                    DiagnosticCodes.UndefinedReturnValue,
                    location,
                    $"Task {taskName} returned {(int)state}, which is not a combination of Return flags (Success, Exit, Write, Read, Error, Retry, Reload)."));
                return new TaskOutcome(state, Failed: true);
            }

            if (state.HasFlag(Return.Error) || logger.LoggedError)
            {
                if (!logger.LoggedError)
                {
                    events.Report(Diagnostic.Error(
                        DiagnosticCodes.TaskReturnedError,
                        location,
                        $"Task {taskName} returned Error. Log an error from the task to say why."));
                }

                return new TaskOutcome(state | Return.Error, Failed: true);
            }

            // Reload | Retry invokes the entry again on a new instance after the profile is read again: the runner does that.
            if (state.HasFlag(Return.Retry) && !state.HasFlag(Return.Reload))
            {
                if (attempt >= maxRetries)
                {
                    events.Report(Diagnostic.Error(
                        DiagnosticCodes.RetriesExhausted,
                        location,
                        $"Task {taskName} still asked for a retry after {maxRetries} {(maxRetries == 1 ? "retry" : "retries")}. Raise 'max_retries' on its [[__meta__]] entry or make the task return without Retry."));
                    return new TaskOutcome(state, Failed: true);
                }

                events.Message(MessageLevel.Detail, $"{taskName}: retry {attempt + 1} of {maxRetries}.");
                continue;
            }

            if (!Persist(state, backend, taskName, location, events))
            {
                return new TaskOutcome(state, Failed: true);
            }

            return new TaskOutcome(state, Failed: false);
        }
    }

    private static bool Persist(Return state, IStorageBackend backend, string taskName, SourceLocation location, IPipelineEvents events)
    {
        try
        {
            if (state.HasFlag(Return.Write))
            {
                backend.Dump();
            }

            if (state.HasFlag(Return.Read))
            {
                backend.Load();
            }

            return true;
        }
        catch (DiagnosticException exception)
        {
            events.Report(exception.Diagnostic);
            return false;
        }
        catch (StorageValueException exception)
        {
            events.Report(exception.ToDiagnostic(taskName, location));
            return false;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidOperationException or NotSupportedException)
        {
            events.Report(Diagnostic.Error(
                DiagnosticCodes.StoragePersistenceFailed,
                location,
                $"The storage could not be {(state.HasFlag(Return.Write) ? "dumped" : "loaded")} after task {taskName}: {exception.Message}"));
            return false;
        }
    }

    // A problem found deep inside a task (a profile key, a storage key) names the task, and so the branch of a container.
    private static Diagnostic NamingTask(Diagnostic diagnostic, string taskName) =>
        diagnostic.Message.Contains(taskName, StringComparison.Ordinal) ? diagnostic : diagnostic with { Message = $"{taskName}: {diagnostic.Message}" };
}
