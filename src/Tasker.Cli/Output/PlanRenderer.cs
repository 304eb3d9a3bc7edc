using Tasker.Diagnostics;
using Tasker.Hosting;

namespace Tasker.Cli.Output;

/// <summary>
/// <c>tasker plan</c>'s listing: every entry in the order it would run, with its storage keys, the values of its
/// profile table (run-time values by name only), a container's fan-out, and the entries that would be skipped.
/// </summary>
internal sealed class PlanRenderer(ConsoleOutput output)
{
    private Palette Palette => output.Palette;

    public void Render(PlanGraph plan)
    {
        output.Line(Palette.Paint(Palette.Heading, plan.Version is null ? plan.Name : $"{plan.Name} ({plan.Version})"));
        output.Line($"profile: {plan.File}");
        output.Line($"storage: {plan.Storage}");

        var toRun = plan.Nodes.Count(node => !node.Skipped);
        int? lastFork = null;
        foreach (var node in plan.Nodes)
        {
            output.Line();
            if (node.Skipped)
            {
                output.Line(Palette.Paint(Palette.Detail, $"skipped  {node.Name}  {Place(node.Location)}: {node.SkipReason}"));
                continue;
            }

            RenderStep(node, toRun, lastFork);
            if (node.Container is { Kind: "fork" } fork)
            {
                lastFork = fork.Branches.Count;
            }
        }

        output.Line();
        output.Line($"{toRun} of {plan.Nodes.Count} {(plan.Nodes.Count == 1 ? "entry" : "entries")} would run; nothing was run.");
    }

    private void RenderStep(PlanNode node, int steps, int? lastFork)
    {
        output.Line($"{Palette.Paint(Palette.Task, $"[{node.Position}/{steps}] {node.Name}")}  {Palette.Paint(Palette.Detail, Place(node.Location))}");
        output.Line($"  type:    {node.Type} ({node.TypeAssembly})");
        if (node.Container is { } container)
        {
            RenderContainer(container, node.Provide, lastFork);
        }
        else
        {
            RenderKeys(scope: string.Empty, node.Require, node.Provide, node.Remove);
        }

        output.Line($"  profile: {node.TableSource}");
        RenderValues(node.Values);
    }

    private void RenderContainer(PlanContainer container, IReadOnlyList<string> providedOutside, int? lastFork)
    {
        var workers = container.Workers > 0 ? container.Workers.ToString(System.Globalization.CultureInfo.InvariantCulture) : "one per core";
        if (container.Kind == "fork")
        {
            var runs = container.Branches.Count;
            output.Line($"  fork:    {runs} {(runs == 1 ? "branch" : "branches")} of {container.Reference}, workers: {workers}");
            var shown = container.Branches.Take(5).ToList();
            output.Line($"  branches: {string.Join(", ", shown)}{(runs > shown.Count ? $", … ({runs - shown.Count} more)" : string.Empty)}");
            RenderBranchKeys(container.InEachBranch, providedOutside);
            return;
        }

        var over = lastFork is { } count ? $"the {count} {(count == 1 ? "branch" : "branches")} of the last fork" : "the branches of the storage's last fork";
        if (container.Kind == "reduce")
        {
            // One reducer instance sees the branches in fork order: 'worker' does not apply.
            output.Line($"  reduces: {over} with one {container.Reference}, one branch at a time");
        }
        else
        {
            output.Line($"  maps:    {container.Reference} over {over}, workers: {workers}");
        }

        RenderBranchKeys(container.InEachBranch, providedOutside);

        output.Line(container.TaskTable.Count == 0 ? "  passes each branch's task an empty table" : "  passes each branch's task this table:");
        RenderValues(container.TaskTable);
    }

    // What the task reads and writes in each branch (a branch reads the keys outside the branches too), and outside
    // them: a fork or map nothing, a reduce its accumulators.
    private void RenderBranchKeys(PlanBranchKeys? keys, IReadOnlyList<string> providedOutside)
    {
        if (keys is null)
        {
            output.Line(Palette.Paint(Palette.Detail, "  in each branch: keys known only when it runs"));
        }
        else
        {
            RenderKeys("in each branch, ", keys.Require, keys.Provide, keys.Remove);
        }

        if (providedOutside.Count > 0)
        {
            output.Line($"  provide: {List(providedOutside)} (outside the branches)");
        }
    }

    private void RenderKeys(string scope, IReadOnlyList<string> require, IReadOnlyList<string> provide, IReadOnlyList<string> remove)
    {
        output.Line($"  {scope}require: {List(require)}");
        output.Line($"  {scope}provide: {List(provide)}");
        if (remove.Count > 0)
        {
            output.Line($"  {scope}remove:  {List(remove)}");
        }
    }

    private void RenderValues(IReadOnlyList<PlanValue> values)
    {
        foreach (var value in values)
        {
            // A run-time value is shown as written (an environment variable by its name), never evaluated.
            var shown = value.IsRunTime
                ? $"{(value.WrittenAs is { } written ? written + "  " : string.Empty)}{Palette.Paint(Palette.Detail, value.Value)}"
                : value.Value;
            output.Line($"    {ProfileValueFormat.Key(value.Key)} = {shown}");
        }
    }

    private static string List(IReadOnlyList<string> keys) => keys.Count == 0 ? "-" : string.Join(", ", keys);

    private static string Place(SourceLocation location) => $"{Path.GetFileName(location.File)}({location.Line},{location.Column})";
}
