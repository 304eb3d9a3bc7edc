using System.CommandLine;

namespace Tasker.Cli.Commands;

/// <summary><c>tasker check -f profile.toml</c>: everything a run checks before its first task, without running one.</summary>
internal static class CheckCommand
{
    public static Command Create(GlobalOptions global) =>
        ProfileCommand.Create("check", "Validate a launcher profile without running anything.", global, Check);

    private static int Check(ProfileCommandContext context)
    {
        var output = context.Output;
        var check = context.CheckAndReport();
        var errors = check.Diagnostics.Count(diagnostic => diagnostic.IsError);
        var warnings = check.Diagnostics.Count - errors;
        var summary = $"{context.ProfilePath}: {Count(errors, "error")}, {Count(warnings, "warning")}";
        if (check.Succeeded)
        {
            var skipped = check.Profile!.Entries.Count - check.Plan.Count;
            output.Line(output.Palette.Paint(output.Palette.Success, $"{summary}; {Count(check.Plan.Count, "entry", "entries")} to run, {skipped} skipped."));
            return ExitCodes.Success;
        }

        output.Line(output.Palette.Paint(output.Palette.Failure, $"{summary}."));
        return ExitCodes.UsageOrProfileError;
    }

    private static string Count(int count, string singular, string? plural = null) => $"{count} {(count == 1 ? singular : plural ?? singular + "s")}";
}
