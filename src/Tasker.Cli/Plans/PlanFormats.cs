using System.Globalization;
using System.Text;
using System.Text.Json;
using Tasker.Hosting;

namespace Tasker.Cli.Plans;

/// <summary>
/// <c>tasker plan --format</c>: the plan as JSON (for scripts), Mermaid (GitHub renders it in Markdown) or Graphviz
/// DOT. Entries are nodes in run order, containers are shown with their fan-out, and edges are the storage keys
/// that flow from the entry that provides them to each later entry that requires them.
/// </summary>
internal static class PlanFormats
{
    public static string Json(PlanGraph plan)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("name", plan.Name);
            json.WriteString("profile", plan.File);
            json.WriteString("storage", plan.Storage);
            json.WriteStartArray("entries");
            foreach (var node in plan.Nodes)
            {
                json.WriteStartObject();
                json.WriteString("id", node.Id);
                json.WriteString("name", node.Name);
                json.WriteString("task", node.Type);
                json.WriteString("location", $"{node.Location.File}({node.Location.Line},{node.Location.Column})");
                json.WriteBoolean("wouldRun", !node.Skipped);
                if (node.SkipReason is { } reason)
                {
                    json.WriteString("skipped", reason);
                }
                if (!node.Skipped)
                {
                    json.WriteNumber("position", node.Position);
                    WriteKeys(json, "require", node.Require);
                    WriteKeys(json, "provide", node.Provide);
                    WriteKeys(json, "remove", node.Remove);
                    json.WriteStartObject("values");
                    foreach (var value in node.Values)
                    {
                        json.WriteString(value.Key, value.Value);
                    }

                    json.WriteEndObject();
                    if (node.Container is { } container)
                    {
                        json.WriteStartObject("container");
                        json.WriteString("kind", container.Kind);
                        json.WriteString("task", container.Reference);
                        json.WriteNumber("workers", container.Workers);
                        WriteKeys(json, "branches", container.Branches);
                        if (container.InEachBranch is { } keys)
                        {
                            json.WriteStartObject("inEachBranch");
                            WriteKeys(json, "require", keys.Require);
                            WriteKeys(json, "provide", keys.Provide);
                            WriteKeys(json, "remove", keys.Remove);
                            json.WriteEndObject();
                        }
                        else
                        {
                            json.WriteNull("inEachBranch");
                        }

                        json.WriteEndObject();
                    }
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("flows");
            foreach (var flow in plan.Flows)
            {
                json.WriteStartObject();
                json.WriteString("from", flow.From);
                json.WriteString("to", flow.To);
                json.WriteString("key", flow.Key);
                json.WriteBoolean("inBranches", flow.InBranches);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static string Mermaid(PlanGraph plan)
    {
        var text = new StringBuilder("flowchart TD\n");
        foreach (var node in plan.Nodes)
        {
            var label = MermaidText(Label(node));
            text.Append(node switch
            {
                { Skipped: true } => $"  {node.Id}[\"{label}\"]:::skipped\n",
                { Container: not null } => $"  {node.Id}{{{{\"{label}\"}}}}\n",
                _ => $"  {node.Id}[\"{label}\"]\n",
            });
        }

        AppendOrder(plan, (from, to) => text.Append(CultureInfo.InvariantCulture, $"  {from} -.-> {to}\n"));
        foreach (var flow in plan.Flows)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {flow.From} -- \"{MermaidText(FlowLabel(flow))}\" --> {flow.To}\n");
        }

        text.Append("  classDef skipped stroke-dasharray: 4 4,color:#888\n");
        return text.ToString();
    }

    public static string Dot(PlanGraph plan)
    {
        var text = new StringBuilder("digraph plan {\n  rankdir=TB;\n  node [shape=box, fontname=\"Helvetica\"];\n");
        text.Append(CultureInfo.InvariantCulture, $"  label=\"{DotText(plan.Name)}\";\n");
        foreach (var node in plan.Nodes)
        {
            var style = node switch
            {
                { Skipped: true } => ", style=dashed, fontcolor=gray",
                { Container: not null } => ", shape=hexagon",
                _ => string.Empty,
            };
            text.Append(CultureInfo.InvariantCulture, $"  {node.Id} [label=\"{DotText(Label(node))}\"{style}];\n");
        }

        AppendOrder(plan, (from, to) => text.Append(CultureInfo.InvariantCulture, $"  {from} -> {to} [style=dotted, arrowhead=none];\n"));
        foreach (var flow in plan.Flows)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {flow.From} -> {flow.To} [label=\"{DotText(FlowLabel(flow))}\"];\n");
        }

        return text.Append("}\n").ToString();
    }

    private static string FlowLabel(PlanFlow flow) => flow.InBranches ? $"{flow.Key} (in each branch)" : flow.Key;

    private static string Label(PlanNode node)
    {
        if (node.Skipped)
        {
            return $"skipped: {node.Name}";
        }

        var label = $"{node.Position}. {node.Name}";
        return node.Container switch
        {
            { Kind: "fork" } fork => $"{label}\nfork: {fork.Branches.Count} {(fork.Branches.Count == 1 ? "branch" : "branches")} of {fork.Reference}",
            { } other => $"{label}\n{other.Kind}: {other.Reference} over the last fork's branches",
            null => label,
        };
    }

    // The order of execution, so entries with no key between them still read top to bottom.
    private static void AppendOrder(PlanGraph plan, Action<string, string> edge)
    {
        var running = plan.Nodes.Where(node => !node.Skipped).ToList();
        for (var index = 1; index < running.Count; index++)
        {
            edge(running[index - 1].Id, running[index].Id);
        }
    }

    private static void WriteKeys(Utf8JsonWriter json, string name, IReadOnlyList<string> keys)
    {
        json.WriteStartArray(name);
        foreach (var key in keys)
        {
            json.WriteStringValue(key);
        }

        json.WriteEndArray();
    }

    // Mermaid reads "#quot;" as a quote inside a quoted label and <br/> as a line break.
    private static string MermaidText(string text) =>
        text.Replace("\"", "#quot;", StringComparison.Ordinal).Replace("\n", "<br/>", StringComparison.Ordinal);

    private static string DotText(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}
