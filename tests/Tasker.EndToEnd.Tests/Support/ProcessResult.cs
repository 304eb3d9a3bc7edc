namespace Tasker.EndToEnd.Tests.Support;

/// <summary>What a finished command printed and how it ended.</summary>
internal sealed record ProcessResult(int ExitCode, string Output)
{
    public override string ToString() => $"exit code {ExitCode}\n{Output}";
}
