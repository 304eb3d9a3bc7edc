namespace Tasker.Cli.Ci;

/// <summary>One entry of a run as a job summary lists it.</summary>
internal sealed record EntryRecord(int Position, string Name, string Outcome, TimeSpan Elapsed);
