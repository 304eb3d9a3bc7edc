using System.CommandLine;
using System.Reflection;
using Tasker.Cli.Output;

namespace Tasker.Cli.Commands;

/// <summary><c>tasker check -f profile.toml</c>: everything a run checks before its first task, without running one.</summary>
internal static class CheckCommand
{
    public const string Name = "check";

    public static Command Create(GlobalOptions global)
    {
        var format = new Option<string>("--format")
        {
            Description = "text (a summary line; the diagnostics go to standard error) or sarif (a SARIF 2.1.0 log on standard output, for code-scanning upload).",
            DefaultValueFactory = _ => "text",
            HelpName = "format",
        };
        format.AcceptOnlyFromAmong("text", "sarif");
        return ProfileCommand.Create(Name, "Validate a launcher profile without running anything.", global, context => Check(context, context.Parse.GetValue(format) ?? "text"), format);
    }

    private static int Check(ProfileCommandContext context, string format)
    {
        var output = context.Output;
        var check = context.CheckAndReport();
        if (format == "sarif")
        {
            var version = typeof(CheckCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
            output.Line(SarifLog.Write(check.Diagnostics, Environment.CurrentDirectory, version));
            return check.Succeeded ? ExitCodes.Success : ExitCodes.UsageOrProfileError;
        }

        var errors = check.Diagnostics.Count(diagnostic => diagnostic.IsError);
        var warnings = check.Diagnostics.Count - errors;
        var summary = $"{context.ProfilePath}: {Count(errors, "error")}, {Count(warnings, "warning")}";
        if (check.Succeeded)
        {
            var (toRun, notSelected) = (check.ToRun, check.NotSelected);
            var skipped = check.Entries - toRun;
            output.Line(output.Palette.Paint(output.Palette.Success, $"{summary}; {Count(toRun, "entry", "entries")} to run, {skipped} skipped{(notSelected > 0 ? $" ({notSelected} not selected)" : string.Empty)}."));
            return ExitCodes.Success;
        }

        output.Line(output.Palette.Paint(output.Palette.Failure, $"{summary}."));
        return ExitCodes.UsageOrProfileError;
    }

    private static string Count(int count, string singular, string? plural = null) => $"{count} {(count == 1 ? singular : plural ?? singular + "s")}";
}
