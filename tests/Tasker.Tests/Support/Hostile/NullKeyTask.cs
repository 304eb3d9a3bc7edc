using Microsoft.Extensions.Logging;

namespace Tasker.Tests.Support.Hostile;

/// <summary>Declares a null storage key (or a null list) from the declaration its argument names.</summary>
public sealed class NullKeyTask(string declaration) : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger) => Return.Success;

    public IEnumerable<string> Require() => Declared("require");

    public IEnumerable<string> Provide() => Declared("provide");

    public IEnumerable<string> Remove() => Declared("remove");

    private IEnumerable<string> Declared(string which) => declaration switch
    {
        _ when declaration == which => ["fine", null!],
        _ when declaration == which + "-list" => null!,
        _ => [],
    };
}
