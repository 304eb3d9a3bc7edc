using Tasker.Containers;
using Tasker.Planning;
using Tasker.Profiles;
using Tasker.Profiles.Values;
using Tasker.TaskLookup;
using Tasker.Tasks;

namespace Tasker.Hosting;

/// <summary>
/// A checked plan as data, what every form of <c>tasker plan</c> renders: its entries in order (skipped ones too), and
/// the storage keys that flow between them. Values known only at run time are kept by what they are, never evaluated.
/// </summary>
internal sealed record PlanGraph(string Name, string File, string Storage, IReadOnlyList<PlanNode> Nodes, IReadOnlyList<PlanFlow> Flows)
{
    /// <summary>The profile's <c>__version__</c>, if it gives one.</summary>
    public string? Version { get; init; }

    /// <summary>The plan of a successful check; runs nothing (see <see cref="PipelinePreview"/>).</summary>
    public static PlanGraph Of(PipelineCheck check, TaskCatalog catalog)
    {
        var profile = check.Profile!;
        var previews = check.Plan.ToDictionary(step => step.Entry.Index, step => PipelinePreview.Of(step, profile, catalog));
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
            var type = preview.Step.TaskType;
            nodes.Add(new PlanNode(
                id,
                position,
                entry.DisplayName,
                type.FullName ?? type.Name,
                entry.Location,
                Skipped: false,
                declared.Item1,
                declared.Item2,
                declared.Item3,
                Values(preview.Values, preview.Step.TaskTable),
                preview.Container is { } container ? Container(type, container, preview.Step.Planned.BranchKeys) : null)
            {
                TypeAssembly = type.Assembly.GetName().Name,
                TableSource = entry.Include ? $"file {entry.Path}" : entry.ProfileName is null ? "no table" : $"[{entry.ProfileName}]",
            });
        }

        var name = profile.Header.Name ?? Path.GetFileNameWithoutExtension(profile.File);
        return new PlanGraph(name, profile.File, profile.Settings.Storage.Reference, nodes, FlowsBetween(nodes)) { Version = profile.Header.Version };
    }

    // What a container does outside its branches, as the dataflow check counted it (unknown: nothing shown).
    private static (IReadOnlyList<string>, IReadOnlyList<string>, IReadOnlyList<string>) ContainerKeys(ValidatedStep step) =>
        step.Declarations is { } keys ? (keys.Require, keys.Provide, keys.Remove) : ([], [], []);

    private static PlanContainer Container(Type type, ContainerPlan container, TaskDeclarations? inEachBranch)
    {
        var kind = type == typeof(ForkTask) ? "fork" : type == typeof(MapTask) ? "map" : "reduce";
        return new PlanContainer(kind, container.Reference, container.Workers, kind == "fork" ? [.. container.Branches.Select(branch => branch.Id)] : [])
        {
            TaskTable = kind == "fork" ? [] : Values(container.TaskTable, container.TaskTable),
            InEachBranch = inEachBranch is null ? null : new PlanBranchKeys(inEachBranch.Require, inEachBranch.Provide, inEachBranch.Remove),
        };
    }

    // A run-time value is kept as written (an environment variable by its name) and by what it is, never evaluated.
    private static PlanValue[] Values(ProfileTable values, ProfileTable written) =>
    [
        .. values.Fields.Select(field => field.Value.Raw is DeferredValue
            ? new PlanValue(field.Key, ProfileValueFormat.Inline(field.Value.Raw), IsRunTime: true, written.TryGetValue(field.Key, out var text) ? ProfileValueFormat.Inline(text) : null)
            : new PlanValue(field.Key, ProfileValueFormat.Inline(field.Value.Raw), IsRunTime: false, WrittenAs: null)),
    ];

    private static List<PlanFlow> FlowsBetween(IReadOnlyList<PlanNode> nodes)
    {
        var flows = new List<PlanFlow>();
        var providers = new Dictionary<string, string>(StringComparer.Ordinal);

        // Who last provided a key in the branches of the last fork: a branch reads its own keys first, then the
        // keys outside the branches.
        var branchProviders = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var node in nodes.Where(node => !node.Skipped))
        {
            foreach (var key in node.Require)
            {
                if (providers.TryGetValue(key, out var from))
                {
                    flows.Add(new PlanFlow(from, node.Id, key));
                }
            }

            if (node.Container is { } container)
            {
                AddBranchFlows(node.Id, container, providers, branchProviders, flows);
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

    private static void AddBranchFlows(string id, PlanContainer container, Dictionary<string, string> providers, Dictionary<string, string> branchProviders, List<PlanFlow> flows)
    {
        if (container.Kind == "fork")
        {
            branchProviders.Clear();
        }

        if (container.InEachBranch is not { } keys)
        {
            return;
        }

        foreach (var key in keys.Require)
        {
            if (branchProviders.TryGetValue(key, out var inBranches))
            {
                flows.Add(new PlanFlow(inBranches, id, key) { InBranches = true });
            }
            else if (providers.TryGetValue(key, out var outside))
            {
                flows.Add(new PlanFlow(outside, id, key));
            }
        }

        foreach (var key in keys.Remove)
        {
            branchProviders.Remove(key);
        }

        foreach (var key in keys.Provide)
        {
            branchProviders[key] = id;
        }
    }
}
