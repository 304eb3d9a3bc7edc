using System.CommandLine;
using Microsoft.Extensions.Logging;
using Tasker.Cli.Ci;
using Tasker.Cli.Output;

namespace Tasker.Cli.Commands;

/// <summary>Options every command takes: how much to show and whether in colour.</summary>
internal sealed class GlobalOptions
{
    // Pairs, not a dictionary of string to LogLevel: that is generic code no precompiled image holds.
    private static readonly (string Name, LogLevel Level)[] LogLevels =
    [
        ("trace", LogLevel.Trace),
        ("debug", LogLevel.Debug),
        ("information", LogLevel.Information),
        ("info", LogLevel.Information),
        ("warning", LogLevel.Warning),
        ("error", LogLevel.Error),
    ];

    public Option<string> LogLevelOption { get; } = new("--log-level", "-l")
    {
        Description = "What the console shows: trace, debug, information, warning or error (on top of the profile's [__setting__.log] level).",
        DefaultValueFactory = _ => "information",
        Recursive = true,
        HelpName = "level",
    };

    // A string option, not Option<ColorMode>: the parser's generic code over an enum of ours is in no precompiled
    // image, and would be compiled just in time in every launch.
    public Option<string> ColorOption { get; } = new("--color")
    {
        Description = "Colours and the live progress line: auto (on a terminal, unless NO_COLOR is set), always or never.",
        DefaultValueFactory = _ => "auto",
        Recursive = true,
        HelpName = "when",
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
        var names = new string[LogLevels.Length];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = LogLevels[i].Name;
        }

        LogLevelOption.AcceptOnlyFromAmong(names);
        ColorOption.AcceptOnlyFromAmong("auto", "always", "never");
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
        var level = LevelNamed(parse.GetValue(LogLevelOption) ?? "information");
        var ci = CiLog.Detect(parse.GetValue(CiOption) ?? "auto", Environment.GetEnvironmentVariable);
        var color = parse.GetValue(ColorOption) switch
        {
            "always" => ColorMode.Always,
            "never" => ColorMode.Never,
            _ => ColorMode.Auto,
        };
        return ConsoleOutput.ForConsole(color, new Verbosity(level), ci);
    }

    private static LogLevel LevelNamed(string name)
    {
        foreach (var (levelName, level) in LogLevels)
        {
            if (string.Equals(levelName, name, StringComparison.OrdinalIgnoreCase))
            {
                return level;
            }
        }

        return LogLevel.Information;
    }
}
