using System.CommandLine;
using Tasker.Cli.Loading;
using Tasker.Cli.Output;

namespace Tasker.Cli.Commands;

/// <summary>
/// The shape shared by every command that needs task types: the task source options, loading the types, and the
/// guard that turns every ending into an exit code and every failure into a diagnostic line.
/// </summary>
internal static class TaskCommand
{
    /// <param name="options">The command's own options, listed first in its help.</param>
    /// <param name="profilePath">The profile the command works on, if any: its folder is searched for a project and diagnostics point at it.</param>
    public static Command Create(string name, string description, GlobalOptions global, IReadOnlyList<Option> options, Func<ParseResult, string?> profilePath, Func<TaskCommandContext, int> body)
    {
        var source = new TaskSourceOptions();
        var command = new Command(name, description);
        foreach (var option in options)
        {
            command.Add(option);
        }

        source.AddTo(command);
        command.SetAction(parse =>
        {
            var output = global.Output(parse);
            var profile = profilePath(parse);
            return CommandGuard.Run(output, profile, cancellation =>
            {
                using var types = TaskTypesLoader.Load(source.Read(parse, profile), output);
                return body(new TaskCommandContext(parse, output, types, cancellation));
            });
        });
        return command;
    }
}
