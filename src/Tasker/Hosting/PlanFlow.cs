namespace Tasker.Hosting;

/// <summary>A storage key one entry provides and a later one requires (the last provider before the reader).</summary>
internal sealed record PlanFlow(string From, string To, string Key)
{
    /// <summary>Whether the key flows inside the branches: a fork's or map's task provides it in each, a later container's task reads it there.</summary>
    public bool InBranches { get; init; }
}
