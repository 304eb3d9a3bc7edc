namespace Tasker.Cli.Tests.Support;

/// <summary>How one run of the tool ended and what it printed on each stream.</summary>
internal sealed record ToolRun(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Output}\n--- stderr ---\n{Error}";
}
