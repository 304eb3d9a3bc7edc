using Microsoft.Extensions.Logging;

namespace Tasker.Tests.Support.Hostile;

/// <summary>
/// A task whose declarations and behaviour come from <see cref="Script"/>, so a property test can generate hostile
/// tasks: null or odd keys, null definitions, throwing at any step, undefined return flags, undeclared writes.
/// </summary>
public sealed class ScriptedTask : ITask
{
    /// <summary>What the next pipeline's tasks do; the property test runs one case at a time.</summary>
    public static TaskScript Script { get; set; } = new();

    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        var script = Script;
        Throw(script, "invoke");
        switch (script.Log)
        {
            case "error":
                logger.LogError("scripted error");
                break;
            case "warning":
                logger.LogWarning("scripted warning");
                break;
        }

        if (script.Write is { } key)
        {
            shared[key] = "written";
        }

        if (script.Read is { } read)
        {
            _ = shared[read];
        }

        return (Return)script.State;
    }

    public IEnumerable<string> Require() => Declared("require", Script.Require);

    public IEnumerable<string> Provide() => Declared("provide", Script.Provide);

    public IEnumerable<string> Remove() => Declared("remove", Script.Remove);

    public IEnumerable<Definition> Define()
    {
        Throw(Script, "define");
        return Script.Definitions!;
    }

    private static IEnumerable<string> Declared(string step, IReadOnlyList<string?>? keys)
    {
        Throw(Script, step);
        return keys!;
    }

    private static void Throw(TaskScript script, string step)
    {
        if (script.ThrowAt == step)
        {
            throw script.Unprintable ? new UnprintableException() : new InvalidOperationException($"scripted failure in {step}");
        }
    }
}
