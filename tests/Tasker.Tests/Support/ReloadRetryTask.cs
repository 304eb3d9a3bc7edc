using Microsoft.Extensions.Logging;

namespace Tasker.Tests.Support;

/// <summary>
/// The first time (no file at 'marker'): rewrites 'value = "old"' to 'value = "new"' in the profile at 'profile_file'
/// and returns Reload | Retry. Afterwards: logs the value it was given and how often this instance ran.
/// With 'always = true' it asks for a reload and retry every time.
/// </summary>
public sealed class ReloadRetryTask : ITask
{
    private int _invocations;

    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        _invocations++;
        var marker = profile.Get<string>("marker");
        if (profile.TryGet<bool>("always", out var always) && always)
        {
            return Return.Reload | Return.Retry;
        }

        if (!File.Exists(marker))
        {
            File.WriteAllText(marker, "reloaded");
            var file = profile.Get<string>("profile_file");
            File.WriteAllText(file, File.ReadAllText(file).Replace("value = \"old\"", "value = \"new\"", StringComparison.Ordinal));
            return Return.Reload | Return.Retry;
        }

        logger.LogInformation("value={Value} invocations of this instance={Invocations}", profile.Get<string>("value"), _invocations);
        return Return.Success;
    }
}
