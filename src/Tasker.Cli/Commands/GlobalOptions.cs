using System.CommandLine;
using Microsoft.Extensions.Logging;
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

    public GlobalOptions()
    {
        LogLevelOption.AcceptOnlyFromAmong([.. LogLevels.Keys]);
    }

    public void AddTo(Command command)
    {
        command.Add(LogLevelOption);
        command.Add(ColorOption);
    }

    public ConsoleOutput Output(ParseResult parse)
    {
        var level = LogLevels.GetValueOrDefault(parse.GetValue(LogLevelOption) ?? "information", LogLevel.Information);
        return ConsoleOutput.ForConsole(parse.GetValue(ColorOption), new Verbosity(level));
    }
}
