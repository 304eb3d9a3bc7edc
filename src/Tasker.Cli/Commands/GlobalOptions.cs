using System.CommandLine;
using Microsoft.Extensions.Logging;
using Tasker.Cli.Ci;
using Tasker.Cli.Output;

namespace Tasker.Cli.Commands;

/// <summary>Options every command takes: how much to show and whether in colour.</summary>
internal sealed class GlobalOptions
{
    private static readonly Dictionary<string, LogLevel> LogLevels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["trace"] = LogLevel.Trace,
        ["debug"] = LogLevel.Debug,
        ["information"] = LogLevel.Information,
        ["info"] = LogLevel.Information,
        ["warning"] = LogLevel.Warning,
        ["error"] = LogLevel.Error,
    };

    public Option<string> LogLevelOption { get; } = new("--log-level", "-l")
    {
        Description = "What the console shows: trace, debug, information, warning or error (on top of the profile's [__setting__.log] level).",
        DefaultValueFactory = _ => "information",
        Recursive = true,
        HelpName = "level",
    };

    public Option<ColorMode> ColorOption { get; } = new("--color")
    {
        Description = "Colours and the live progress line: auto (on a terminal, unless NO_COLOR is set), always or never.",
        DefaultValueFactory = _ => ColorMode.Auto,
        Recursive = true,
    };

    public Option<string> CiOption { get; } = new("--ci")
    {
        Description = "CI log commands (annotations on the profile's lines, a group per entry, a job summary): auto (detected from GITHUB_ACTIONS or TF_BUILD), github, azure or none.",
        DefaultValueFactory = _ => "auto",
        Recursive = true,
        HelpName = "service",
    };

    public GlobalOptions()
    {
        LogLevelOption.AcceptOnlyFromAmong([.. LogLevels.Keys]);
        CiOption.AcceptOnlyFromAmong("auto", "github", "azure", "none");
    }

    public void AddTo(Command command)
    {
        command.Add(LogLevelOption);
        command.Add(ColorOption);
        command.Add(CiOption);
    }

    public ConsoleOutput Output(ParseResult parse)
    {
        var level = LogLevels.GetValueOrDefault(parse.GetValue(LogLevelOption) ?? "information", LogLevel.Information);
        var ci = CiLog.Detect(parse.GetValue(CiOption) ?? "auto", Environment.GetEnvironmentVariable);
        return ConsoleOutput.ForConsole(parse.GetValue(ColorOption), new Verbosity(level), ci);
    }
}
