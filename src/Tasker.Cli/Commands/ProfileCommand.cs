using System.CommandLine;

namespace Tasker.Cli.Commands;

/// <summary>The commands that take a profile with <c>-f</c> (launch, check, plan).</summary>
internal static class ProfileCommand
{
    public static Command Create(string name, string description, GlobalOptions global, Func<ProfileCommandContext, int> body, params Option[] options)
    {
        var profile = ProfileOption.Create();
        var selection = new SelectionOptions();
        return TaskCommand.Create(
            name,
            description,
            global,
            [profile, .. options, .. selection.All],
            parse => Path.GetFullPath(parse.GetRequiredValue(profile)),
            context => body(new ProfileCommandContext(context.Parse, context.Output, Path.GetFullPath(context.Parse.GetRequiredValue(profile)), context.Types.Tasks, context.Types.StateDirectory, context.Types.Build, context.Cancellation)
            {
                Selection = selection.Read(context.Parse),
            }));
    }
}
