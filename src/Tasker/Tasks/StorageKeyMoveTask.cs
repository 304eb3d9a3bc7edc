using Microsoft.Extensions.Logging;

namespace Tasker.Tasks;

/// <summary>Moves the value of the storage key <c>from</c> to the key <c>to</c>, deleting <c>from</c>.</summary>
internal sealed class StorageKeyMoveTask : StorageKeyTask, ITask
{
    public StorageKeyMoveTask()
        : base(null, null)
    {
    }

    public StorageKeyMoveTask(string from, string to)
        : base(from, to)
    {
    }

    public IEnumerable<string> Require() => [From!];

    public IEnumerable<string> Provide() => [To!];

    public IEnumerable<string> Remove() => [From!];

    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        shared[To!] = shared[From!];
        if (!string.Equals(From, To, StringComparison.Ordinal))
        {
            shared.Delete(From!);
        }

        return Return.Success;
    }
}
