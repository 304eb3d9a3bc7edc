using System.Globalization;
using System.Text;
using Tasker.Diagnostics;
using Tasker.Events;

namespace Tasker.Cli.Ci;

/// <summary>
/// What a CI service shows beside the plain log: an annotation per diagnostic (so the problem appears on the file
/// and line in the pull request), a collapsible group per entry, and a summary table of the run. The base class
/// writes nothing; each service writes its own commands.
/// </summary>
internal class CiLog
{
    private readonly object _gate = new();

    public static CiLog None { get; } = new();

    /// <summary>Picks the service from <c>--ci</c>: <c>auto</c> reads the variables the services set on their runners.</summary>
    public static CiSystem Detect(string choice, Func<string, string?> environment) => choice switch
    {
        "github" => CiSystem.GitHubActions,
        "azure" => CiSystem.AzurePipelines,
        "none" => CiSystem.None,
        _ when string.Equals(environment("GITHUB_ACTIONS"), "true", StringComparison.OrdinalIgnoreCase) => CiSystem.GitHubActions,
        _ when string.Equals(environment("TF_BUILD"), "true", StringComparison.OrdinalIgnoreCase) => CiSystem.AzurePipelines,
        _ => CiSystem.None,
    };

    public static CiLog For(CiSystem system, TextWriter output, TextWriter error, Func<string, string?> environment)
    {
        CiLog log = system switch
        {
            CiSystem.GitHubActions => new GitHubActionsLog(output, error, environment("GITHUB_WORKSPACE"), environment("GITHUB_STEP_SUMMARY")),
            CiSystem.AzurePipelines => new AzurePipelinesLog(output, error, environment("BUILD_SOURCESDIRECTORY"), environment("AGENT_TEMPDIRECTORY")),
            _ => None,
        };

        // Tasker masks secrets in what it writes; the service must also hide them in what a task's child process prints.
        if (log != None)
        {
            SecretValues.Added += log.Mask;
        }

        return log;
    }

    /// <summary>Asks the service to hide <paramref name="secret"/> wherever it appears in the log.</summary>
    public virtual void Mask(string secret)
    {
    }

    public virtual void Annotate(Diagnostic diagnostic)
    {
    }

    public virtual void StartGroup(string title)
    {
    }

    public virtual void EndGroup()
    {
    }

    public virtual void Summarize(string profilePath, PipelineResult result, IReadOnlyList<EntryRecord> entries)
    {
    }

    /// <summary>Whether <see cref="AddToSummary"/> shows anything (so callers skip work for nothing).</summary>
    public virtual bool HasSummary => false;

    /// <summary>Adds Markdown (the plan's picture) to the run's summary.</summary>
    public virtual void AddToSummary(string markdown)
    {
    }

    /// <summary>The run as a Markdown table, the form both services render in their summaries.</summary>
    protected static string SummaryMarkdown(string profilePath, PipelineResult result, IReadOnlyList<EntryRecord> entries)
    {
        var text = new StringBuilder();
        var outcome = result.Succeeded ? "succeeded" : "failed";
        text.Append(CultureInfo.InvariantCulture, $"### Tasker pipeline '{Cell(result.Name)}' {outcome}\n\n");
        text.Append(CultureInfo.InvariantCulture, $"`{Cell(Path.GetFileName(profilePath))}`: {result.TasksRun} {(result.TasksRun == 1 ? "task" : "tasks")} run in {Seconds(result.Elapsed)} s.\n\n");
        if (entries.Count > 0)
        {
            text.Append("| # | entry | outcome | time |\n|---:|---|---|---:|\n");
            foreach (var entry in entries)
            {
                text.Append(CultureInfo.InvariantCulture, $"| {entry.Position} | {Cell(entry.Name)} | {Cell(entry.Outcome)} | {Seconds(entry.Elapsed)} s |\n");
            }
        }

        return text.ToString();
    }

    /// <summary>The path CI services expect: relative to the checkout when inside it, with forward slashes.</summary>
    internal static string RelativeTo(string? root, string path)
    {
        if (string.IsNullOrEmpty(root) || !Path.IsPathFullyQualified(path))
        {
            return path;
        }

        var relative = Path.GetRelativePath(root, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathFullyQualified(relative) ? path : relative.Replace('\\', '/');
    }

    /// <summary>Writes one command line whole: branches report from several threads.</summary>
    protected void Write(TextWriter writer, string line)
    {
        lock (_gate)
        {
            writer.WriteLine(line);
            writer.Flush();
        }
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ');

    private static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);
}
