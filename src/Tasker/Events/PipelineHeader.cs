namespace Tasker.Events;

/// <summary>How a pipeline describes itself: the optional descriptive keys at the top of its launcher profile.</summary>
internal sealed record PipelineHeader(string? Schema, string? Name, string? Author, string? Version, string? Email, string? Abstract);
