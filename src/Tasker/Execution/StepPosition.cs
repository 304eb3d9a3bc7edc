using Tasker.Events;

namespace Tasker.Execution;

/// <summary>Where a step stands in its pipeline (one-based, among the entries that execute), and who shows it.</summary>
internal readonly record struct StepPosition(int Position, int Steps, IPipelineProgress Progress);
