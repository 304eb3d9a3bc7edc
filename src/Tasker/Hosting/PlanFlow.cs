namespace Tasker.Hosting;

/// <summary>A storage key one entry provides and a later one requires (the last provider before the reader).</summary>
internal sealed record PlanFlow(string From, string To, string Key);
