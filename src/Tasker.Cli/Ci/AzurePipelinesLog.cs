using System.Text;
using Tasker.Diagnostics;
using Tasker.Events;

namespace Tasker.Cli.Ci;

/// <summary>
/// Azure Pipelines logging commands: <c>##vso[task.logissue …]</c> per diagnostic, <c>##[group]</c> around each entry,
/// and the run's table uploaded as a build summary (<c>##vso[task.uploadsummary]</c>).
/// </summary>
internal sealed class AzurePipelinesLog(TextWriter output, TextWriter error, string? sourcesDirectory, string? tempDirectory) : CiLog
{
    public override void Annotate(Diagnostic diagnostic)
    {
        var command = new StringBuilder("##vso[task.logissue type=").Append(diagnostic.IsError ? "error" : "warning");
        var location = diagnostic.Location;
        command.Append(";sourcepath=").Append(Property(RelativeTo(sourcesDirectory, location.File)));
        if (location.HasPosition)
        {
            command.Append(";linenumber=").Append(location.Line).Append(";columnnumber=").Append(location.Column);
        }

        command.Append(";code=").Append(Property(diagnostic.Code)).Append(']').Append(Data(diagnostic.Message));
        Write(error, command.ToString());
    }

    public override void Mask(string secret) => Write(output, "##vso[task.setsecret]" + Data(secret));

    public override void StartGroup(string title) => Write(output, "##[group]" + Data(title));

    public override void EndGroup() => Write(output, "##[endgroup]");

    public override void Summarize(string profilePath, PipelineResult result, IReadOnlyList<EntryRecord> entries)
    {
        try
        {
            var folder = string.IsNullOrEmpty(tempDirectory) ? Path.GetTempPath() : tempDirectory;
            var file = Path.Combine(folder, $"tasker-summary-{Guid.NewGuid():N}.md");
            File.WriteAllText(file, SummaryMarkdown(profilePath, result, entries));
            Write(output, "##vso[task.uploadsummary]" + Data(file));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Write(error, "##vso[task.logissue type=warning]" + Data($"The build summary could not be written: {exception.Message}"));
        }
    }

    private static string Data(string text) =>
        text.Replace("%", "%AZP25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string Property(string text) =>
        Data(text).Replace(";", "%3B", StringComparison.Ordinal).Replace("]", "%5D", StringComparison.Ordinal);
}
