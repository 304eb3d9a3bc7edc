using Tasker.Diagnostics;
using Tasker.Profiles;

namespace Tasker.Tasks;

/// <summary>
/// What the key-copying tasks share: the keys come from the constructor (<c>"Tasker.Tasks.StorageKeyMoveTask$T$a,b"</c>)
/// or from the profile table's <c>from</c> and <c>to</c>, which win when both are given.
/// </summary>
internal abstract class StorageKeyTask : IProfileConfiguredTask
{
    protected StorageKeyTask(string? from, string? to)
    {
        From = from;
        To = to;
    }

    protected string? From { get; private set; }

    protected string? To { get; private set; }

    public void Configure(Profile profile)
    {
        // A missing key is reported before a present one is read: a value known only at run time cannot hide it.
        RequireKey(profile, "from", From);
        RequireKey(profile, "to", To);
        From = profile.ContainsKey("from") ? profile.Get<string>("from") : From;
        To = profile.ContainsKey("to") ? profile.Get<string>("to") : To;
    }

    public IEnumerable<Definition> Define() =>
    [
        // Optional in the table: constructor arguments ("...$T$from,to") may give the keys instead.
        Definition.Value("from", typeof(string), description: "The storage key read.", required: false),
        Definition.Value("to", typeof(string), description: "The storage key written.", required: false),
    ];

    private void RequireKey(Profile profile, string name, string? fallback)
    {
        if (profile.ContainsKey(name) || fallback is not null)
        {
            return;
        }

        throw new DiagnosticException(Diagnostic.Error(
            DiagnosticCodes.StorageKeyTaskKeyMissing,
            profile.Table.Location,
            $"{GetType().Name} needs '{name} = \"key\"' in its table (or both keys as constructor arguments: \"Tasker.Tasks.{GetType().Name}$T$from,to\")."));
    }
}
