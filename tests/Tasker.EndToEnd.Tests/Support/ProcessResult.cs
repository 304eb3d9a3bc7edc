namespace Tasker.EndToEnd.Tests.Support;

/// <summary>What a finished command printed and how it ended.</summary>
internal sealed record ProcessResult(int ExitCode, string Output)
{
    // Assertion messages show the end of the output, where MSBuild puts its errors and summary.
    public override string ToString() => $"exit code {ExitCode}\n{(Output.Length > 6000 ? "…" + Output[^6000..] : Output)}";
}
