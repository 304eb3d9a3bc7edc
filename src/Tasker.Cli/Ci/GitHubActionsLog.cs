using System.Text;
using Tasker.Diagnostics;
using Tasker.Events;

namespace Tasker.Cli.Ci;

/// <summary>
/// GitHub Actions workflow commands: <c>::error file=…,line=…,col=…,title=TSK…::message</c> on standard error (the
/// runner reads both streams; standard output stays free for what a command produces), <c>::group::</c> around each
/// entry's output, and a Markdown table appended to the file named by <c>GITHUB_STEP_SUMMARY</c>.
/// </summary>
internal sealed class GitHubActionsLog(TextWriter output, TextWriter error, string? workspace, string? summaryFile) : CiLog
{
    public override void Annotate(Diagnostic diagnostic)
    {
        var command = new StringBuilder(diagnostic.IsError ? "::error " : "::warning ");
        var location = diagnostic.Location;
        command.Append("file=").Append(Property(RelativeTo(workspace, location.File)));
        if (location.HasPosition)
        {
            command.Append(",line=").Append(location.Line).Append(",col=").Append(location.Column);
            if (location.EndLine > 0)
            {
                command.Append(",endLine=").Append(location.EndLine).Append(",endColumn=").Append(location.EndColumn);
            }
        }

        command.Append(",title=").Append(Property(diagnostic.Code)).Append("::").Append(Data(diagnostic.Message));
        Write(error, command.ToString());
    }

    public override void Mask(string secret) => Write(output, "::add-mask::" + Data(secret));

    public override void StartGroup(string title) => Write(output, "::group::" + Data(title));

    public override void EndGroup() => Write(output, "::endgroup::");

    public override void Summarize(string profilePath, PipelineResult result, IReadOnlyList<EntryRecord> entries) =>
        AddToSummary(SummaryMarkdown(profilePath, result, entries));

    public override bool HasSummary => !string.IsNullOrEmpty(summaryFile);

    public override void AddToSummary(string markdown)
    {
        if (string.IsNullOrEmpty(summaryFile))
        {
            return;
        }

        try
        {
            File.AppendAllText(summaryFile, markdown + "\n");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The summary is an extra; the run's verdict and its log are already written.
            Write(error, "::warning title=tasker::" + Data($"The job summary could not be written to {summaryFile}: {exception.Message}"));
        }
    }

    private static string Data(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string Property(string text) =>
        Data(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
