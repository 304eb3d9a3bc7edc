using Microsoft.Extensions.Logging;
using Tasker.Diagnostics;
using Tasker.Profiles;

namespace Tasker.Tasks;

/// <summary>
/// Deletes the storage keys listed in <c>keys</c> (or the one key given as a constructor argument,
/// <c>"Tasker.Tasks.StorageKeyDeleteTask$T$key"</c>); a key that holds nothing is left as it is.
/// </summary>
internal sealed class StorageKeyDeleteTask : ITask, IProfileConfiguredTask
{
    private IReadOnlyList<string>? _keys;

    public StorageKeyDeleteTask()
    {
    }

    public StorageKeyDeleteTask(string key)
    {
        _keys = [key];
    }

    public IEnumerable<Definition> Define() =>
    [
        // Optional in the table: a constructor argument ("...$T$key") may give the key instead.
        Definition.Value("keys", typeof(string[]), description: "The storage keys deleted.", required: false),
    ];

    public void Configure(Profile profile)
    {
        if (profile.ContainsKey("keys"))
        {
            _keys = profile.Get<string[]>("keys");
        }

        if (_keys is null or { Count: 0 })
        {
            throw new DiagnosticException(Diagnostic.Error(
                DiagnosticCodes.StorageKeyTaskKeyMissing,
                profile.Table.TryGetField("keys", out var field) ? field.Value.Location : profile.Table.Location,
                $"{nameof(StorageKeyDeleteTask)} needs 'keys = [\"key\", ...]' with at least one key in its table (or one key as a constructor argument: \"Tasker.Tasks.{nameof(StorageKeyDeleteTask)}$T$key\")."));
        }
    }

    public IEnumerable<string> Remove() => _keys!;

    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        foreach (var key in _keys!.Where(shared.Contains))
        {
            shared.Delete(key);
        }

        return Return.Success;
    }
}
