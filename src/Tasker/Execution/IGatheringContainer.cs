namespace Tasker.Execution;

/// <summary>
/// A container that needs the results of every branch at once (a reduce). A partitioned run holds only its share of
/// the branches, so it stops before such a container and leaves it to the run that gathers the partitions.
/// </summary>
internal interface IGatheringContainer : IContainerRun
{
}
