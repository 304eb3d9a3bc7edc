namespace Tasker;

/// <summary>
/// A log record that carries its own place (see <see cref="TaskerLoggerExtensions"/>). Tasker's logger reports
/// it there and shows <see cref="Message"/>; any other logger shows the place and the message as text.
/// </summary>
internal sealed record LocatedLogState(string File, int Line, int Column, string Message)
{
    public override string ToString() =>
        Line > 0 ? $"{File}({Line}{(Column > 0 ? $",{Column}" : string.Empty)}): {Message}" : $"{File}: {Message}";
}
