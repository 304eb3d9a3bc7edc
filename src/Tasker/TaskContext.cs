using System.Collections;
using Microsoft.Extensions.Logging;

namespace Tasker;

/// <summary>What a function task (see <see cref="TaskerFunctionAttribute"/>) gets besides its profile keys.</summary>
public sealed class TaskContext
{
    private IReadOnlyDictionary<string, string>? _environment;

    internal TaskContext(Profile profile, IStorage storage, ILogger logger, CancellationToken cancellationToken)
    {
        Profile = profile;
        Storage = storage;
        Logger = logger;
        CancellationToken = cancellationToken;
    }

    /// <summary>The function's whole profile table, for keys that are not parameters.</summary>
    public Profile Profile { get; }

    /// <summary>The shared storage, limited to the keys the attribute declares.</summary>
    public IStorage Storage { get; }

    /// <summary>Log records become build errors, warnings and messages.</summary>
    public ILogger Logger { get; }

    /// <summary>Signalled when the build is cancelled; long work should stop when it is.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>The build that runs the pipeline (see <see cref="BuildContext"/>), the same as <see cref="PipelineContext.Build"/>.</summary>
    public BuildContext Build { get; } = PipelineContext.Build;

    /// <summary>The process's environment variables when the function first asks for them.</summary>
    public IReadOnlyDictionary<string, string> Environment => _environment ??= ReadEnvironment();

    private static Dictionary<string, string> ReadEnvironment()
    {
        var variables = new Dictionary<string, string>(OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        foreach (DictionaryEntry variable in System.Environment.GetEnvironmentVariables())
        {
            variables[(string)variable.Key] = variable.Value as string ?? string.Empty;
        }

        return variables;
    }
}
