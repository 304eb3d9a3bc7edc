namespace Tasker.Cli.Plans;

/// <summary>What a fork, map or reduce would run: its kind, its task, its workers (0: one per core) and a fork's branch ids.</summary>
internal sealed record PlanContainer(string Kind, string Reference, int Workers, IReadOnlyList<string> Branches);
