using System.Text;

namespace Tasker.Tests.Architecture;

/// <summary>
/// The engine's folders (namespaces) form one direction: profile text, then tables, the validated plan, execution,
/// events, and the hosts' door. A folder may use its own layer and the layers below it, never one above: that is what
/// keeps the folders free of cycles, and a reader can follow a pipeline through the folder names.
/// </summary>
[TestClass]
public sealed class FolderDependencyTests
{
    private const string PublicApi = "(public API)";

    // Lowest first. Folders on one line may use each other: the public types (Profile, Definition) are the face of
    // the profile model they wrap.
    private static readonly string[][] Layers =
    [
        ["Diagnostics"],
        ["Files"],
        [PublicApi, "Profiles"],
        ["Events"],
        ["Requests"],
        ["Isolation"],
        ["Storage"],
        ["Caching"],
        ["Launcher"],
        ["TaskLookup"],
        ["Planning"],
        ["Execution"],
        ["Containers"],
        ["Tasks"],
        ["Templates"],
        ["AssemblyLoading"],
        ["Hosting", "Testing"],
    ];

    public TestContext TestContext { get; set; } = null!;

    private static IReadOnlySet<(string User, string Used)> FolderReferences { get; } = ReadFolderReferences();

    [TestMethod]
    public void No_folder_uses_a_folder_above_it()
    {
        var violations = FolderReferences
            .Where(pair => LayerOf(pair.Used) > LayerOf(pair.User))
            .Select(pair => $"{pair.User} -> {pair.Used}")
            .ToList();

        Assert.IsEmpty(violations, "These folders use a folder above them (see Layers): " + string.Join("; ", violations));
    }

    [TestMethod]
    public void Every_folder_has_its_place_in_the_layers()
    {
        var unplaced = FolderReferences.SelectMany(pair => new[] { pair.User, pair.Used }).Distinct().Where(folder => LayerOf(folder) < 0).ToList();

        Assert.IsEmpty(unplaced, "Place these new folders in FolderDependencyTests.Layers: " + string.Join(", ", unplaced));
    }

    [TestMethod]
    public void The_check_sees_references_in_method_bodies_and_generic_arguments()
    {
        // PipelineRunner reaches ProfileDependencyTracker only inside a method body, and CheckMemory holds ProfileTable
        // only as a generic argument: a check blind to either would pass whatever the code did.
        Assert.Contains(("Execution", "Profiles"), FolderReferences);
        Assert.Contains(("Planning", "Profiles"), FolderReferences);
    }

    [TestMethod]
    public void Writes_the_folder_graph()
    {
        var graph = new StringBuilder();
        foreach (var user in FolderReferences.Select(pair => pair.User).Distinct().OrderBy(LayerOf).ThenBy(folder => folder, StringComparer.Ordinal))
        {
            var used = FolderReferences.Where(pair => pair.User == user).Select(pair => pair.Used).OrderBy(LayerOf).ThenBy(folder => folder, StringComparer.Ordinal);
            graph.AppendLine($"{user} -> {string.Join(", ", used)}");
        }

        TestContext.WriteLine(graph.ToString());
        Assert.IsGreaterThan(5, graph.Length);
    }

    private static int LayerOf(string folder) => Array.FindIndex(Layers, layer => layer.Contains(folder));

    private static IReadOnlySet<(string User, string Used)> ReadFolderReferences()
    {
        var pairs = new HashSet<(string, string)>();
        foreach (var (user, used) in TypeReferences.Read(typeof(ITask).Assembly.Location))
        {
            if (FolderOf(user.Namespace) is { } from && FolderOf(used.Namespace) is { } to && from != to)
            {
                pairs.Add((from, to));
            }
        }

        return pairs;
    }

    // Tasker.Profiles.Values is the Profiles folder; compiler-generated types outside Tasker's namespaces are left out.
    private static string? FolderOf(string @namespace) => @namespace switch
    {
        "Tasker" => PublicApi,
        _ when @namespace.StartsWith("Tasker.", StringComparison.Ordinal) => @namespace["Tasker.".Length..].Split('.')[0],
        _ => null,
    };
}
