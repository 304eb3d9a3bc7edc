using CsCheck;
using Tasker.Diagnostics;
using Tasker.Tests.Support;
using Tasker.Tests.Support.Hostile;

namespace Tasker.Tests.Hostile;

/// <summary>
/// Generated hostile tasks (null and odd keys, null definitions, a throw at any step, undefined return flags,
/// undeclared reads and writes) run through the real pipeline: whatever they do, the run ends with located
/// diagnostics naming the task, never an internal error or an exception that escapes the engine.
/// </summary>
[TestClass]
[DoNotParallelize]
public sealed class HostileDeclarationPropertyTests
{
    private static readonly string[] InternalCodes = ["TSK5001", "TSK6099"];

    private static readonly Gen<string?> Key = Pick<string?>(null, "", " ", "a", "b", "a\u0000b", "é", new string('k', 300), "a.b", "$E");

    private static readonly Gen<IReadOnlyList<string?>?> Keys =
        Gen.Bool.SelectMany(isNull => isNull ? Gen.Int[0, 0].Select(_ => (IReadOnlyList<string?>?)null) : Key.Array[0, 3].Select(keys => (IReadOnlyList<string?>?)keys));

    private static readonly Gen<Definition?> Definitions = Pick<Definition?>(
        null,
        Definition.Value("name", typeof(string), "x"),
        Definition.Value("count", typeof(long)),
        Definition.Value("when", typeof(TimeSpan), TimeSpan.Zero));

    private static readonly Gen<(IReadOnlyList<string?>? Require, IReadOnlyList<string?>? Provide, IReadOnlyList<string?>? Remove, Definition?[] Definitions)> Declarations =
        Gen.Select(Keys, Keys, Keys, Definitions.Array[0, 3]);

    private static readonly Gen<(string? ThrowAt, bool Unprintable, string? Log, string? Write, string? Read, int State)> Behaviours =
        Gen.Select(Pick<string?>(null, "invoke", "require", "provide", "remove", "define"), Gen.Bool, Pick<string?>(null, "error", "warning"), Key, Key, Gen.Int[-1, 130]);

    private static readonly Gen<TaskScript> Scripts =
        Gen.Select(Declarations, Behaviours, (declared, behaviour) => new TaskScript
        {
            Require = declared.Require,
            Provide = declared.Provide,
            Remove = declared.Remove,
            Definitions = declared.Definitions,
            ThrowAt = behaviour.ThrowAt,
            Unprintable = behaviour.Unprintable,
            Log = behaviour.Log,
            Write = behaviour.Write,
            Read = behaviour.Read,
            State = behaviour.State,
        });

    [TestMethod]
    public void A_generated_hostile_task_ends_in_located_diagnostics_never_an_internal_error()
    {
        using var files = new TestProfiles();
        var path = files.Write("p.toml", ProfileText.Meta("Tasker.Tests.Support.Hostile.ScriptedTask") + ProfileText.Meta("Tasker.Tests.Support.Hostile.ScriptedTask"));

        Scripts.Sample(
            script =>
            {
                ScriptedTask.Script = script;
                var (result, events) = PipelineHarness.Run(path);
                var internalErrors = events.Diagnostics.Where(diagnostic => InternalCodes.Contains(diagnostic.Code)).ToList();
                if (internalErrors.Count > 0)
                {
                    throw new InvalidOperationException($"internal error for {script}: {string.Join("; ", internalErrors)}");
                }

                if (!result.Succeeded && !events.Diagnostics.Any(diagnostic => diagnostic.IsError && diagnostic.Location.HasPosition))
                {
                    throw new InvalidOperationException($"a failed run without a located error for {script}");
                }
            },
            iter: 2000,
            threads: 1);
    }

    private static Gen<T> Pick<T>(params T[] values) => Gen.Int[0, values.Length - 1].Select(index => values[index]);
}
