namespace Tasker.Events;

/// <summary>
/// What became of a pipeline's units of work (each entry outside a container, and each branch of a fork, map or
/// reduce): invoked, restored from the result cache, or left out (not reached, or another partition's).
/// <see cref="UsedCache"/> says whether any unit was cacheable, so summaries mention the cache only then.
/// </summary>
internal sealed record WorkCounts(int Run, int Restored, int Skipped, bool UsedCache)
{
    public static WorkCounts None { get; } = new(0, 0, 0, false);

    public override string ToString() => $"{Run} run, {Restored} restored from cache, {Skipped} skipped";
}
