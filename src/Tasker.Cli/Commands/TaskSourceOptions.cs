using System.CommandLine;
using Tasker.Cli.Loading;

namespace Tasker.Cli.Commands;

/// <summary>The options that say where task classes come from, shared by every command that loads them.</summary>
internal sealed class TaskSourceOptions
{
    public Option<string?> AssemblyOption { get; } = new("--assembly", "-a")
    {
        Description = "An assembly with the task classes, used as it is (no project is built).",
        HelpName = "path",
    };

    public Option<string?> ProjectOption { get; } = new("--project", "-p")
    {
        Description = "The project with the task classes, built first (default: the single project file next to the profile, else in the current folder).",
        HelpName = "path",
    };

    public Option<bool> NoBuildOption { get; } = new("--no-build")
    {
        Description = "Use the project's last build output instead of building it first.",
    };

    public Option<string> ConfigurationOption { get; } = new("--configuration", "-c")
    {
        Description = "The configuration to build and load the project in.",
        DefaultValueFactory = _ => "Debug",
        HelpName = "name",
    };

    public Option<string?> FrameworkOption { get; } = new("--framework")
    {
        Description = "The target framework of a multi-targeted project whose output holds the task classes (default: the first it lists).",
        HelpName = "tfm",
    };

    public void AddTo(Command command)
    {
        command.Add(AssemblyOption);
        command.Add(ProjectOption);
        command.Add(NoBuildOption);
        command.Add(ConfigurationOption);
        command.Add(FrameworkOption);
    }

    public TaskSource Read(ParseResult parse, string? profilePath) =>
        new(parse.GetValue(AssemblyOption), parse.GetValue(ProjectOption), parse.GetValue(NoBuildOption), parse.GetValue(ConfigurationOption) ?? "Debug", parse.GetValue(FrameworkOption), profilePath);
}
