namespace Tasker.Planning;

/// <summary>What a container does with the fork branches of the storage: a fork makes them, a map or reduce runs over them.</summary>
internal enum ForkBranchUse
{
    None,
    Makes,
    RunsOver,
}
