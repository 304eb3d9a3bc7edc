using System.Text.RegularExpressions;
using Tasker.Launcher;
using Tasker.Profiles.Schemas;
using Tasker.Tasks;
using Tasker.Tests.Support;

namespace Tasker.Tests.Launcher;

/// <summary>The README's tables of launcher and container keys list exactly the keys the readers check.</summary>
[TestClass]
public sealed partial class ReadmeLauncherKeysTests
{
    private static readonly string Readme = File.ReadAllText(RepositoryFiles.PathOf("README.md"));

    [TestMethod]
    public void The_entry_table_lists_exactly_the_keys_of_an_entry()
    {
        var start = Readme.IndexOf("Each `[[__meta__]]` entry:", StringComparison.Ordinal);
        Assert.IsGreaterThanOrEqualTo(0, start, "the README's entry table");
        var table = Readme[start..Readme.IndexOf("\n\n", Readme.IndexOf("|---", start, StringComparison.Ordinal), StringComparison.Ordinal)];
        var listed = RowKey().Matches(table).Select(match => match.Groups[1].Value).ToArray();

        CollectionAssert.AreEqual(LauncherTables.Names(LauncherTables.Entry), listed);
    }

    [TestMethod]
    [DataRow(typeof(ForkTask))]
    [DataRow(typeof(MapTask))]
    [DataRow(typeof(ReduceTask))]
    public void The_container_table_lists_exactly_the_keys_a_container_defines(Type container)
    {
        var row = Readme.Split('\n').Single(line => line.StartsWith($"| `{container.Name}` |", StringComparison.Ordinal));
        var listed = Backticked().Matches(row.Split('|')[2]).Select(match => match.Groups[1].Value).ToHashSet();

        var task = (ITask)Activator.CreateInstance(container)!;
        var defined = Names(task.Define()).ToHashSet();

        CollectionAssert.AreEquivalent(defined.Order().ToList(), listed.Order().ToList(), $"the README's {container.Name} keys");
    }

    // A table of tables is listed as [[name]] followed by its own keys.
    private static IEnumerable<string> Names(IEnumerable<Definition> definitions) => definitions.SelectMany(definition =>
        definition.IsArrayOfTables ? [$"[[{definition.Name}]]", .. Names(definition.Children)] : new[] { definition.Name });

    [GeneratedRegex(@"^\| `(\w+)` \|", RegexOptions.Multiline)]
    private static partial Regex RowKey();

    [GeneratedRegex(@"`([^`]+)`")]
    private static partial Regex Backticked();
}
