using System.CommandLine;
using Tasker.Planning;
using Tasker.Requests;

namespace Tasker.Cli.Commands;

/// <summary>
/// <c>--from</c>, <c>--only</c> and <c>--skip</c>: the part of the pipeline that <c>launch</c> runs and that
/// <c>check</c> and <c>plan</c> show. An entry is named by position (from 1), profile name or task name, and a branch
/// of a fork or map as <c>ENTRY[branch]</c>; the engine matches the names to the profile.
/// </summary>
internal sealed class SelectionOptions
{
    private readonly Option<string?> _from = new("--from")
    {
        Description = "Start at this entry: its position (from 1), profile name or task name. The entries before it do not run.",
        HelpName = "entry",
    };

    private readonly Option<string[]> _only = new("--only")
    {
        Description = "Run only this entry (repeatable): a position, profile name or task name, or a fork's or map's branch as ENTRY[branch].",
        HelpName = "entry",
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly Option<string[]> _skip = new("--skip")
    {
        Description = "Do not run this entry (repeatable): a position, profile name or task name, or a branch as ENTRY[branch].",
        HelpName = "entry",
        AllowMultipleArgumentsPerToken = false,
    };

    public IEnumerable<Option> All => [_from, _only, _skip];

    public EntrySelection Read(ParseResult parse) => new()
    {
        From = parse.GetValue(_from) is { } from ? new EntrySelector(from, "--from") : null,
        Only = [.. (parse.GetValue(_only) ?? []).Select(text => new EntrySelector(text, "--only"))],
        Skip = [.. (parse.GetValue(_skip) ?? []).Select(text => new EntrySelector(text, "--skip"))],
    };
}
