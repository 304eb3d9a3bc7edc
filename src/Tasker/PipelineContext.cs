namespace Tasker;

/// <summary>
/// What the running pipeline offers every task besides its arguments. <see cref="CancellationToken"/> is
/// cancelled when the build is cancelled or the entry's <c>timeout</c> (or the pipeline's) expires; a task
/// that runs long should pass it on or check it, and stop by throwing <see cref="OperationCanceledException"/>.
/// </summary>
public static class PipelineContext
{
    // The token in a scope object: an AsyncLocal of a struct is generic code no precompiled image holds.
    private static readonly AsyncLocal<Scope?> Current = new();
    private static readonly AsyncLocal<BuildContext?> CurrentBuild = new();
    private static readonly BuildContext NoBuild = new();

    /// <summary>The cancellation token of the task that is running on this execution context.</summary>
    public static CancellationToken CancellationToken => Current.Value?.Token ?? CancellationToken.None;

    /// <summary>
    /// The build that runs the pipeline: project, output and intermediate folders, configuration, target framework
    /// and the properties named in <c>TaskerProperties</c>. Outside a pipeline, a context without facts.
    /// </summary>
    public static BuildContext Build => CurrentBuild.Value ?? NoBuild;

    /// <summary>Makes <paramref name="build"/> the context of everything this execution context runs until disposed.</summary>
    internal static IDisposable EnterBuild(BuildContext? build)
    {
        var previous = CurrentBuild.Value;
        CurrentBuild.Value = build;
        return new BuildScope(previous);
    }

    internal static IDisposable Enter(CancellationToken token)
    {
        var scope = new Scope(token, Current.Value);
        Current.Value = scope;
        return scope;
    }

    private sealed class Scope(CancellationToken token, Scope? previous) : IDisposable
    {
        public CancellationToken Token { get; } = token;

        public void Dispose() => Current.Value = previous;
    }

    private sealed class BuildScope(BuildContext? previous) : IDisposable
    {
        public void Dispose() => CurrentBuild.Value = previous;
    }
}
