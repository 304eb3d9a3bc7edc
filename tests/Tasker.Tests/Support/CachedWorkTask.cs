using Microsoft.Extensions.Logging;

namespace Tasker.Tests.Support;

/// <summary>
/// Appends a line to the file its 'log' key names each time it is invoked (so a test counts invocations), and
/// provides 'result' = 'value' x 10 (plus the 'seed' storage value when 'needs_seed' is set, see <see cref="SeededWorkTask"/>).
/// Fails when the file 'fail_when' names exists.
/// </summary>
public class CachedWorkTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        InvocationLog.Append(profile.Get<string>("log"));
        if (profile.Keys.Contains("fail_when") && File.Exists(profile.Get<string>("fail_when")))
        {
            logger.LogError("failing as asked");
            return Return.Error;
        }

        var value = profile.Keys.Contains("value") ? profile.Get<long>("value") : 1L;
        shared["result"] = value * 10 + Seed(shared);
        return Return.Success;
    }

    protected virtual long Seed(IStorage shared) => 0;

    public virtual IEnumerable<string> Require() => [];

    public IEnumerable<string> Provide() => ["result"];
}
