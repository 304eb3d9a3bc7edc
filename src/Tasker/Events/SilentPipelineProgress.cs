namespace Tasker.Events;

/// <summary>Progress for a host that shows none (a test run of one task); every host that shows progress renders its own.</summary>
internal sealed class SilentPipelineProgress : IPipelineProgress
{
    public static readonly SilentPipelineProgress Instance = new();

    private SilentPipelineProgress()
    {
    }

    public void PipelineStarted(PipelineHeader header, int steps)
    {
    }

    public void EntryStarted(EntryInfo entry, int position, int steps)
    {
    }

    public void EntryDeclared(EntryInfo entry, IReadOnlyList<string> require, IReadOnlyList<string> provide, bool isContainer)
    {
    }

    public void WorkAdvanced(EntryInfo entry, int done, int total)
    {
    }

    public void EntryFinished(EntryInfo entry, TaskOutcome outcome, TimeSpan elapsed)
    {
    }

    public void PipelineFinished(PipelineResult result, string profilePath)
    {
    }
}
