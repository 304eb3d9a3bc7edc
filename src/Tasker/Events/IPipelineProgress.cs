namespace Tasker.Events;

/// <summary>
/// Where a running pipeline is. Each host renders these moments in its own words: the command line as banners
/// and a progress line, the MSBuild task as build messages, and the out-of-process host sends each one to the
/// task as a protocol line (so a task that ends the process is reported at its entry).
/// Implementations must be thread-safe: container branches advance from several threads at once.
/// </summary>
internal interface IPipelineProgress
{
    /// <summary>The profile is valid and its first entry is about to run.</summary>
    void PipelineStarted(PipelineHeader header, int steps);

    /// <summary>Entry <paramref name="position"/> (one-based) of the <paramref name="steps"/> that execute starts: before its task is created.</summary>
    void EntryStarted(EntryInfo entry, int position, int steps);

    /// <summary>
    /// The entry's task exists and declared its storage keys; it is invoked next. A container (fork, map, reduce)
    /// declares none: <paramref name="isContainer"/> is true and both lists are empty.
    /// </summary>
    void EntryDeclared(EntryInfo entry, IReadOnlyList<string> require, IReadOnlyList<string> provide, bool isContainer);

    /// <summary>
    /// An entry that runs many units of work (a container's branches) finished <paramref name="done"/> of
    /// <paramref name="total"/>. Called often: hosts aggregate, they never print one line per call.
    /// </summary>
    void WorkAdvanced(EntryInfo entry, int done, int total);

    /// <summary>The entry ended after <paramref name="elapsed"/>, however it ended (always paired with <see cref="EntryStarted"/>).</summary>
    void EntryFinished(EntryInfo entry, TaskOutcome outcome, TimeSpan elapsed);

    /// <summary>The pipeline ended, whether it ran or not.</summary>
    void PipelineFinished(PipelineResult result, string profilePath);
}
