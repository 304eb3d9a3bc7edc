using System.Runtime.ExceptionServices;

namespace Tasker.Execution;

/// <summary>One piece of work started on a <see cref="StepThread"/>: its end, and the exception it ended with.</summary>
internal sealed class StepRun(Action work)
{
    private readonly ManualResetEventSlim _finished = new(false);
    private ExceptionDispatchInfo? _exception;

    public bool Wait(CancellationToken token)
    {
        try
        {
            _finished.Wait(token);
            return true;
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            return _finished.IsSet;
        }
    }

    public bool Wait(TimeSpan timeout) => _finished.Wait(timeout);

    public bool IsFinished => _finished.IsSet;

    public WaitHandle FinishedHandle => _finished.WaitHandle;

    /// <summary>Rethrows what the work threw, on the caller's thread.</summary>
    public void ThrowIfFailed() => _exception?.Throw();

    internal void Execute()
    {
        try
        {
            work();
        }
        catch (Exception exception)
        {
            _exception = ExceptionDispatchInfo.Capture(exception);
        }
        finally
        {
            _finished.Set();
        }
    }
}
