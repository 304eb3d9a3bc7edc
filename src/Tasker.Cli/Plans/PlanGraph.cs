using Tasker.Cli.Output;
using Tasker.Containers;
using Tasker.Hosting;
using Tasker.Planning;
using Tasker.Profiles.Values;
using Tasker.Tasks;

namespace Tasker.Cli.Plans;

/// <summary>
/// A checked plan as data: its entries in order (skipped ones too), and the storage keys that flow between them.
/// Values known only at run time are kept by what they are, never evaluated, as in the text plan.
/// </summary>
internal sealed record PlanGraph(string Name, string File, string Storage, IReadOnlyList<PlanNode> Nodes, IReadOnlyList<PlanFlow> Flows)
{
    public static PlanGraph Of(PipelineCheck check, TaskSet tasks)
    {
        var profile = check.Profile!;
        var previews = Engine.Preview(check, tasks).ToDictionary(preview => preview.Step.Entry.Index);
        var nodes = new List<PlanNode>(profile.Entries.Count);
        var position = 0;
        foreach (var entry in profile.Entries)
        {
            var id = $"e{entry.Index + 1}";
            if (!previews.TryGetValue(entry.Index, out var preview) || !preview.Step.Selected)
            {
                nodes.Add(new PlanNode(id, 0, entry.DisplayName, entry.Reference, entry.Location, Skipped: true, [], [], [], [], null)
                {
                    SkipReason = preview is null ? "execute = false" : "not selected",
                });
                continue;
            }

            position++;
            var declared = preview.Container is null ? (preview.Require, preview.Provide, preview.Remove) : ContainerKeys(preview.Step);
            nodes.Add(new PlanNode(
                id,
                position,
                entry.DisplayName,
                preview.Step.TaskType.FullName ?? preview.Step.TaskType.Name,
                entry.Location,
                Skipped: false,
                declared.Item1,
                declared.Item2,
                declared.Item3,
                [.. preview.Values.Fields.Select(field => new KeyValuePair<string, string>(field.Key, Shown(field.Value.Raw)))],
                preview.Container is { } container ? Container(preview.Step.TaskType, container) : null));
        }

        var name = profile.Header.Name ?? Path.GetFileNameWithoutExtension(profile.File);
        return new PlanGraph(name, profile.File, profile.Settings.Storage.Reference, nodes, FlowsBetween(nodes));
    }

    // What a container does outside its branches, as the dataflow check counted it (unknown: nothing shown).
    private static (IReadOnlyList<string>, IReadOnlyList<string>, IReadOnlyList<string>) ContainerKeys(ValidatedStep step) =>
        step.Declarations is { } keys ? (keys.Require, keys.Provide, keys.Remove) : ([], [], []);

    private static PlanContainer Container(Type type, ContainerPlan container)
    {
        var kind = type == typeof(ForkTask) ? "fork" : type == typeof(MapTask) ? "map" : "reduce";
        return new PlanContainer(kind, container.Reference, container.Workers, kind == "fork" ? [.. container.Branches.Select(branch => branch.Id)] : []);
    }

    private static string Shown(object raw) => raw is DeferredValue deferred ? $"<{ProfileValueFormat.Deferred(deferred)}>" : ProfileValueFormat.Inline(raw);

    private static List<PlanFlow> FlowsBetween(IReadOnlyList<PlanNode> nodes)
    {
        var flows = new List<PlanFlow>();
        var providers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var node in nodes.Where(node => !node.Skipped))
        {
            foreach (var key in node.Require)
            {
                if (providers.TryGetValue(key, out var from))
                {
                    flows.Add(new PlanFlow(from, node.Id, key));
                }
            }

            foreach (var key in node.Remove)
            {
                providers.Remove(key);
            }

            foreach (var key in node.Provide)
            {
                providers[key] = node.Id;
            }
        }

        return flows;
    }
}
