using Microsoft.Extensions.Logging;

namespace Tasker.Tasks;

/// <summary>Copies the value of the storage key <c>from</c> to the key <c>to</c>; <c>from</c> stays.</summary>
internal sealed class StorageKeyCopyTask : StorageKeyTask, ITask
{
    public StorageKeyCopyTask()
        : base(null, null)
    {
    }

    public StorageKeyCopyTask(string from, string to)
        : base(from, to)
    {
    }

    public IEnumerable<string> Require() => [From!];

    public IEnumerable<string> Provide() => [To!];

    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        shared[To!] = shared[From!];
        return Return.Success;
    }
}
