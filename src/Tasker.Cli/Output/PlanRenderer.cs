using Tasker.Containers;
using Tasker.Diagnostics;
using Tasker.Hosting;
using Tasker.Planning;
using Tasker.Profiles;
using Tasker.Profiles.Values;
using Tasker.Tasks;


namespace Tasker.Cli.Output;

/// <summary>
/// <c>tasker plan</c>'s listing: every entry in the order it would run, with its storage keys, the values of its
/// profile table (run-time values by name only), a container's fan-out, and the entries that would be skipped.
/// </summary>
internal sealed class PlanRenderer(ConsoleOutput output)
{
    private Palette Palette => output.Palette;

    public void Render(PipelineCheck check, TaskSet tasks)
    {
        var profile = check.Profile!;
        var title = profile.Header.Name ?? Path.GetFileNameWithoutExtension(profile.File);
        output.Line(Palette.Paint(Palette.Heading, profile.Header.Version is null ? title : $"{title} ({profile.Header.Version})"));
        output.Line($"profile: {profile.File}");
        output.Line($"storage: {profile.Settings.Storage.Reference}");

        var previews = Engine.Preview(check, tasks).ToDictionary(preview => preview.Step.Entry.Index);
        var position = 0;
        var toRun = check.Plan.Count(step => step.Selected);
        int? lastFork = null;
        foreach (var entry in profile.Entries)
        {
            output.Line();
            if (previews.TryGetValue(entry.Index, out var preview) && !preview.Step.Selected)
            {
                output.Line(Palette.Paint(Palette.Detail, $"skipped  {entry.DisplayName}  {Place(entry.Location)}: not selected"));
            }
            else if (preview is not null)
            {
                position++;
                RenderStep(preview, position, toRun, lastFork);
                if (preview.Step.TaskType == typeof(ForkTask) && preview.Container is { } fork)
                {
                    lastFork = fork.Branches.Count;
                }
            }
            else
            {
                output.Line(Palette.Paint(Palette.Detail, $"skipped  {entry.DisplayName}  {Place(entry.Location)}: execute = false"));
            }
        }

        output.Line();
        output.Line($"{toRun} of {profile.Entries.Count} {(profile.Entries.Count == 1 ? "entry" : "entries")} would run; nothing was run.");
    }

    private void RenderStep(StepPreview preview, int position, int steps, int? lastFork)
    {
        var entry = preview.Step.Entry;
        var type = preview.Step.TaskType;
        output.Line($"{Palette.Paint(Palette.Task, $"[{position}/{steps}] {entry.DisplayName}")}  {Palette.Paint(Palette.Detail, Place(entry.Location))}");
        output.Line($"  type:    {type.FullName} ({type.Assembly.GetName().Name})");
        if (preview.Container is { } container)
        {
            RenderContainer(container, type, lastFork);
        }
        else
        {
            output.Line($"  require: {List(preview.Require)}");
            output.Line($"  provide: {List(preview.Provide)}");
            if (preview.Remove.Count > 0)
            {
                output.Line($"  remove:  {List(preview.Remove)}");
            }
        }

        var source = entry.Include ? $"file {entry.Path}" : entry.ProfileName is null ? "no table" : $"[{entry.ProfileName}]";
        output.Line($"  profile: {source}");
        RenderValues(preview.Values, preview.Step.TaskTable);
    }

    private void RenderContainer(ContainerPlan container, Type type, int? lastFork)
    {
        var workers = container.Workers > 0 ? container.Workers.ToString(System.Globalization.CultureInfo.InvariantCulture) : "one per core";
        if (type == typeof(ForkTask))
        {
            var runs = container.Branches.Count;
            output.Line($"  fork:    {runs} {(runs == 1 ? "branch" : "branches")} of {container.Reference}, workers: {workers}");
            var shown = container.Branches.Take(5).Select(branch => branch.Id).ToList();
            output.Line($"  branches: {string.Join(", ", shown)}{(runs > shown.Count ? $", … ({runs - shown.Count} more)" : string.Empty)}");
        }
        else
        {
            var over = lastFork is { } count ? $"the {count} {(count == 1 ? "branch" : "branches")} of the last fork" : "the branches of the storage's last fork";
            if (type == typeof(ReduceTask))
            {
                // One reducer instance sees the branches in fork order: 'worker' does not apply.
                output.Line($"  reduces: {over} with one {container.Reference}, one branch at a time");
            }
            else
            {
                output.Line($"  maps:    {container.Reference} over {over}, workers: {workers}");
            }

            output.Line(container.TaskTable.Count == 0 ? "  passes each branch's task an empty table" : "  passes each branch's task this table:");
            RenderValues(container.TaskTable, container.TaskTable);
        }
    }

    private void RenderValues(ProfileTable values, ProfileTable written)
    {
        foreach (var field in values.Fields)
        {
            // A run-time value is shown as written (an environment variable by its name), never evaluated.
            var shown = field.Value.Raw is DeferredValue deferred
                ? $"{(written.TryGetValue(field.Key, out var text) ? ProfileValueFormat.Inline(text) + "  " : string.Empty)}{Palette.Paint(Palette.Detail, $"<{ProfileValueFormat.Deferred(deferred)}>")}"
                : ProfileValueFormat.Inline(field.Value.Raw);
            output.Line($"    {ProfileValueFormat.Key(field.Key)} = {shown}");
        }
    }

    private static string List(IReadOnlyList<string> keys) => keys.Count == 0 ? "-" : string.Join(", ", keys);

    private static string Place(SourceLocation location) => $"{Path.GetFileName(location.File)}({location.Line},{location.Column})";
}
