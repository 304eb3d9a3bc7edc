using Tasker.Launcher;

namespace Tasker.Containers;

/// <summary>
/// What a container or one of its branches says about the result cache: whether it opted in (<see langword="null"/>:
/// a branch that follows its container) and the files it reads and writes.
/// </summary>
internal sealed record BranchCaching(bool? Cache, IReadOnlyList<DeclaredFiles> Inputs, IReadOnlyList<DeclaredFiles> Outputs)
{
    public static BranchCaching None { get; } = new(null, [], []);

    /// <summary>A branch's caching within its container: its own choice wins, and it reads and writes the container's files too.</summary>
    public BranchCaching Within(BranchCaching container) =>
        new(Cache ?? container.Cache, Joined(container.Inputs, Inputs), Joined(container.Outputs, Outputs));

    // Most branches and containers declare no files: no new list per branch for nothing.
    private static IReadOnlyList<DeclaredFiles> Joined(IReadOnlyList<DeclaredFiles> first, IReadOnlyList<DeclaredFiles> second) =>
        second.Count == 0 ? first : first.Count == 0 ? second : [.. first, .. second];
}
