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
        new(Cache ?? container.Cache, [.. container.Inputs, .. Inputs], [.. container.Outputs, .. Outputs]);
}
