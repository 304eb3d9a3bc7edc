using Tasker.Launcher;

namespace Tasker.Planning;

/// <summary>
/// One entry as the dataflow check sees it: what its task declared, or <see langword="null"/> when that cannot be
/// known before the run (a container, whose branches decide what it provides).
/// </summary>
internal sealed record DataflowStep(MetaEntry Entry, TaskDeclarations? Declarations);
