using System.CommandLine;
using Tasker.Cli.Loading;

namespace Tasker.Cli.Commands;

/// <summary>
/// The shape shared by the commands that take a profile (launch, check, plan): <c>-f</c>, the task source options,
/// loading the task types, and the guard that turns every ending into an exit code.
/// </summary>
internal static class ProfileCommand
{
    public static Command Create(string name, string description, GlobalOptions global, Func<ProfileCommandContext, int> body)
    {
        var profile = ProfileOption.Create();
        var source = new TaskSourceOptions();
        var command = new Command(name, description) { profile };
        source.AddTo(command);
        command.SetAction(parse =>
        {
            var output = global.Output(parse);
            var profilePath = Path.GetFullPath(parse.GetRequiredValue(profile));
            return CommandGuard.Run(output, profilePath, cancellation =>
            {
                using var types = TaskTypesLoader.Load(source.Read(parse, profilePath), output);
                return body(new ProfileCommandContext(output, profilePath, types.Catalog, cancellation));
            });
        });
        return command;
    }
}
