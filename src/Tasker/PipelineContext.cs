namespace Tasker;

/// <summary>
/// What the running pipeline offers every task besides its arguments. <see cref="CancellationToken"/> is
/// cancelled when the build is cancelled or the entry's <c>timeout</c> (or the pipeline's) expires; a task
/// that runs long should pass it on or check it, and stop by throwing <see cref="OperationCanceledException"/>.
/// </summary>
public static class PipelineContext
{
    private static readonly AsyncLocal<CancellationToken> Token = new();

    /// <summary>The cancellation token of the task that is running on this execution context.</summary>
    public static CancellationToken CancellationToken => Token.Value;

    internal static IDisposable Enter(CancellationToken token)
    {
        var previous = Token.Value;
        Token.Value = token;
        return new Scope(previous);
    }

    private sealed class Scope(CancellationToken previous) : IDisposable
    {
        public void Dispose() => Token.Value = previous;
    }
}
