using System.Text;
using CsCheck;
using Tasker.Tests.Support;

namespace Tasker.Tests.Hostile;

/// <summary>
/// Generated whole profiles (entries, containers with branches, tables of typed values, included files, storage
/// settings, and text cut or spliced anywhere) run through the real pipeline with the test tasks: whatever the
/// profile says, the run ends in located diagnostics, never an internal error or an exception that escapes the engine;
/// a profile never runs code nobody offered to it, and a secret's value appears in no message.
/// </summary>
[TestClass]
[DoNotParallelize]
public sealed class HostileProfilePropertyTests
{
    // What the generated runs did, so the test can tell that they reach the tasks (see the last assertion).
    private static readonly List<string> Outcomes = [];

    private const string SecretVariable = "TASKER_FUZZ_TOKEN";
    private const string SecretValue = "fuzz-secret-7f3a9c";

    private static readonly string[] InternalCodes = ["TSK5001", "TSK6099"];

    // Absolute, so a runtime method a profile managed to call would reach it wherever the test runs.
    private static readonly string Victim = Path.Combine(Path.GetTempPath(), $"tasker-fuzz-victim-{Environment.ProcessId}.txt");

    private static readonly string[] References =
    [
        "Tasker.Tests.Support.ProvidingTask", "Tasker.Tests.Support.RequiringTask", "Tasker.Tests.Support.FailingTask",
        "Tasker.Tests.Support.WarningTask", "Tasker.Tests.Support.ThrowingTask", "Tasker.Tests.Support.EchoValueTask",
        "Tasker.Tests.Support.NumberTask", "Tasker.Tests.Support.SquareTask", "Tasker.Tests.Support.ExitingTask",
        "Tasker.Tests.Support.LoggedErrorTask", "Tasker.Tests.Support.UndeclaredWriteTask", "Tasker.Tests.Support.WrongTypeReadTask",
        "Tasker.Tests.Support.Hostile.SchemaTask", "Tasker.Tests.Support.SampleFunctions.Square", "Tasker.Tasks.ForkTask", "Tasker.Tasks.MapTask", "Tasker.Tasks.ReduceTask",
        "Tasker.Tasks.StorageKeyCopyTask", "Tasker.Tasks.StorageKeyMoveTask$T$a,b", "Tasker.Tasks.StorageKeyDeleteTask",
        "tasker.tasks.containers.ForkTask", "Tasker.Tests.Support.NotATask", "Tasker.Tests.Support.NoDefaultConstructorTask",
        "Nope.Task", "", " ", "Tasker.Tests.Support.ProvidingTask\u0000x", "Tasker.Tests.Support.ProvidingTask$T$1,2", "System.IO.File",
    ];

    private static readonly string[] Values =
    [
        "\"hi\"", "42", "-1", "3.5", "true", "[1, \"a\"]", "{ a = 1 }", "1979-05-27T07:32:00Z", "\"\"", "\"\\u0000\"",
        "\"HOME$E\"", "\"TASKER_FUZZ_UNSET$E\"", $"\"{SecretVariable}$E$I\"", $"\"{SecretVariable}$E\"", $"\"{SecretVariable}$E$P\"",
        "\"data.txt$P\"", "\"missing.txt$P\"", "\".$P\"", $"\"{Victim}$M$System.IO.File.Create\"", $"\"{Victim}$M$System.IO.File.Delete\"",
        $"\"{Victim},x$M$System.IO.File.WriteAllText\"", $"\"{Victim}$T$System.IO.FileInfo\"",
        "\"x$M$Tasker.Tests.Support.Hostile.CallRecorder.Record\"", "\"Tasker.Tasks.StorageKeyDeleteTask$T\"", "\"Nope$T\"", "\"Nope$R\"",
        "\"System.Math$R\"", "\"7$I\"", "\"x$I\"", "\"no$B\"", "\"1.5$F\"", "\"x$Q\"", "\"1+1$X\"", "\"8\\\\$I$S\"",
        "\"" + new string('v', 2000) + "\"",
    ];

    private static readonly string[] Keys =
        ["text", "value", "count", "name", "from", "to", "keys", "worker", "reference", "profile", "path", "include", "execute", "max_retries", "wroker", "a", "b", "\"\"", "\"a.b\""];

    private static readonly string[] TableNames = ["t2", "t3", "__setting__"];

    private static readonly string[] Splices = ["\"", "[", "]", "=", "\n", "\u0000", "{", "}", "[[", "'''", "\\", "#", "\u00e9", "\ufeff"];

    private static readonly Gen<string> Value = Pick(Values);

    // Most generated parts are plausible, so that runs get past the profile's checks and into the tasks; the rest are hostile.
    private static readonly Gen<string> Table = Gen.Frequency(
        (3, Gen.Const("text = \"hi\"\nvalue = 3\nname = \"n\"\n")),
        (2, Value.Select(value => $"text = \"hi\"\nname = {value}\n")),
        (2, Gen.Select(Pick(Keys), Value).Array[0, 4].Select(pairs => string.Concat(pairs.DistinctBy(pair => pair.Item1).Select(pair => $"{pair.Item1} = {pair.Item2}\n")))));

    private static readonly Gen<string> EntryKeys = Gen.Frequency(
        (8, Pick("profile = \"t1\"\n", "profile = \"t2\"\n", "profile = \"t2\"\nmax_retries = 2\n", "include = true\npath = \"inc.toml\"\n", "profile = \"t2\"\nexecute = false\n")),
        (1, Pick(
            "profile = \"missing\"\n", "profile = 5\n", "include = true\npath = \"missing.toml\"\n", "include = true\npath = \"sub\"\n",
            "include = \"yes\"\n", "path = \"\"\n", "execute = 1\n", "max_retries = -1\n", "max_retries = 99999999999\n",
            "max_retries = \"x\"\n", "wat = 1\n", "profile = \"t3\"\nexecute = \"no$B\"\n")));

    private static readonly Gen<string> Reference = Gen.Frequency(
        (3, Pick(References[..14])),
        (1, Pick(References)));

    private static readonly Gen<string> Entry =
        Gen.Select(Reference, EntryKeys).Select(parts => $"[[__meta__]]\nreference = {Quote(parts.Item1)}\n{parts.Item2}");

    private static readonly Gen<string> Branches =
        EntryKeys.Array[0, 3].Select(branches => string.Concat(branches.Select(branch => $"[[t1.tasks]]\n{branch}")));

    private static readonly Gen<string> Setting = Pick(
        string.Empty,
        string.Empty,
        string.Empty,
        "[__setting__.storage]\nreference = \"tasker.storage.DictStorage\"\n",
        "[__setting__.storage]\nreference = \"Nope.Storage\"\n",
        "[__setting__.storage]\nreference = \"Tasker.Storage.JsonStorage\"\n[__setting__.storage.kwargs]\npath = \"state/s.json\"\nload = true\n",
        "[__setting__.storage]\nreference = \"Tasker.Storage.JsonStorage\"\n[__setting__.storage.kwargs]\npath = \"sub\"\n",
        "[__setting__.log]\nlevel = \"CRITICAL\"\n",
        "[__setting__.log]\nlevel = \"INFO\"\nhandlers = []\n");

    private static readonly Gen<string> WellFormed = Gen.Select(
        Setting,
        Entry.Array[1, 4],
        Gen.Select(Pick(TableNames), Table).Array[0, 3],
        Gen.Select(Pick("worker = 2\n", "worker = 2\n", "worker = -1\n", "worker = \"2\"\n", string.Empty), Reference, Branches),
        (setting, entries, tables, container) =>
        {
            var text = new StringBuilder("__name__ = \"Fuzz\"\n").Append(setting).Append(string.Concat(entries));
            text.Append($"[t1]\ntext = \"hi\"\n{container.Item1}reference = {Quote(container.Item2)}\n");
            var named = tables.DistinctBy(table => table.Item1).ToList();
            if (!named.Any(table => table.Item1 == "t2"))
            {
                named.Add(("t2", "text = \"hi\"\nvalue = 3\n"));
            }

            foreach (var (name, table) in named.Where(table => table.Item1 != "__setting__" || setting.Length == 0))
            {
                text.Append($"[{name}]\n{table}");
            }

            return text.Append(container.Item3).ToString();
        });

    private static readonly Gen<string> Profiles = Gen.Select(WellFormed, Gen.Int[0, 9], Pick(Splices), Gen.Double[0, 1], (text, mutation, splice, at) =>
    {
        var position = (int)(at * text.Length);
        return mutation switch
        {
            0 => text[..position],
            1 => text.Insert(position, splice),
            _ => text,
        };
    });

    [TestMethod]
    public void A_generated_profile_ends_in_located_diagnostics_never_an_internal_error_code_or_a_secret()
    {
        using var files = new TestProfiles();
        files.Write("data.txt", "data\n");
        files.Write("inc.toml", "text = \"included\"\nvalue = 3\n");
        files.Write("sub/keep.txt", "a folder\n");
        File.WriteAllText(Victim, "keep me");
        var previousSecret = Environment.GetEnvironmentVariable(SecretVariable);
        Environment.SetEnvironmentVariable(SecretVariable, SecretValue);
        try
        {
            Profiles.Sample(
                text =>
                {
                    var path = files.Write("p.toml", text);
                    var (result, events) = PipelineHarness.Run(path);
                    lock (Outcomes)
                    {
                        Outcomes.Add(result.TasksRun > 0 ? "ran" : result.Succeeded ? "nothing to run" : "refused");
                    }

                    var said = events.Diagnostics.Select(diagnostic => diagnostic.ToString()).Concat(events.Messages.Select(message => message.Text)).ToList();
                    if (events.Diagnostics.FirstOrDefault(diagnostic => InternalCodes.Contains(diagnostic.Code)) is { } internalError)
                    {
                        throw new InvalidOperationException($"internal error {internalError}");
                    }

                    if (!result.Succeeded && !events.Diagnostics.Any(diagnostic => diagnostic.IsError && diagnostic.Location.File.Length > 0))
                    {
                        throw new InvalidOperationException("a failed run without an error at a file");
                    }

                    if (said.FirstOrDefault(line => line.Contains(SecretValue, StringComparison.Ordinal)) is { } leak)
                    {
                        throw new InvalidOperationException($"the secret's value was printed: {leak}");
                    }

                    if (!File.Exists(Victim) || File.ReadAllText(Victim) != "keep me")
                    {
                        throw new InvalidOperationException("a profile value ran a runtime method on a file");
                    }
                },
                iter: 1500,
                threads: 1);

            // A generator whose profiles all fail their checks would test the checks only.
            Assert.IsGreaterThan(Outcomes.Count / 8, Outcomes.Count(outcome => outcome == "ran"), string.Join(", ", Outcomes.GroupBy(outcome => outcome).Select(group => $"{group.Key} {group.Count()}")));
        }
        finally
        {
            File.Delete(Victim);
            Environment.SetEnvironmentVariable(SecretVariable, previousSecret);
        }
    }

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\u0000", "\\u0000", StringComparison.Ordinal) + "\"";

    private static Gen<T> Pick<T>(params T[] values) => Gen.Int[0, values.Length - 1].Select(index => values[index]);
}
