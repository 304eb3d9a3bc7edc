using System.CommandLine;
using Tasker.Cli.Output;

namespace Tasker.Cli.Commands;

/// <summary><c>tasker plan -f profile.toml</c>: the order of execution with each entry's values, without running anything.</summary>
internal static class PlanCommand
{
    public static Command Create(GlobalOptions global) =>
        ProfileCommand.Create("plan", "Show what a launcher profile would run, in order, with its values, without running anything.", global, Plan);

    private static int Plan(ProfileCommandContext context)
    {
        var check = context.CheckAndReport();
        if (!check.Succeeded)
        {
            return ExitCodes.UsageOrProfileError;
        }

        new PlanRenderer(context.Output).Render(check, context.Tasks);
        return ExitCodes.Success;
    }
}
