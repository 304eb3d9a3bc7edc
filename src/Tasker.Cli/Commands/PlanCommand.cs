using System.CommandLine;
using Tasker.Cli.Output;
using Tasker.Cli.Plans;
using Tasker.Hosting;

namespace Tasker.Cli.Commands;

/// <summary><c>tasker plan -f profile.toml</c>: the order of execution with each entry's values, without running anything.</summary>
internal static class PlanCommand
{
    public const string Name = "plan";

    public static Command Create(GlobalOptions global)
    {
        var format = new Option<string>("--format")
        {
            Description = "text (for reading), json (for scripts), mermaid (a flowchart GitHub renders in Markdown) or dot (Graphviz).",
            DefaultValueFactory = _ => "text",
            HelpName = "format",
        };
        format.AcceptOnlyFromAmong("text", "json", "mermaid", "dot");
        return ProfileCommand.Create(
            Name,
            "Show what a launcher profile would run, in order, with its values, without running anything.",
            global,
            context => Plan(context, context.Parse.GetValue(format) ?? "text"),
            format);
    }

    private static int Plan(ProfileCommandContext context, string format)
    {
        var check = context.CheckAndReport();
        if (!check.Succeeded)
        {
            return ExitCodes.UsageOrProfileError;
        }

        var plan = Engine.Preview(check, context.Tasks);
        if (format == "text")
        {
            new PlanRenderer(context.Output).Render(plan);
            return ExitCodes.Success;
        }

        context.Output.Line(format switch
        {
            "json" => PlanFormats.Json(plan),
            "mermaid" => PlanFormats.Mermaid(plan),
            _ => PlanFormats.Dot(plan),
        });
        return ExitCodes.Success;
    }
}
