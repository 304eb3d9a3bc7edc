using Microsoft.Extensions.Logging;

namespace Tasker.Tests.Support.Schemas;

/// <summary>A task that reads its profile through an options class.</summary>
public sealed class OptionsTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        var options = profile.Bind<SampleOptions>();
        logger.LogInformation(
            "bound {Name} x{Count} greeting={Greeting} tags={Tags} server={Host}:{Port} stages={Stages}",
            options.Name, options.RepeatCount, options.Greeting ?? "-", string.Join("|", options.Tags), options.Server.Host, options.Server.Port,
            string.Join("|", options.Stages.Select(stage => $"{stage.Stage}:{stage.Enabled}")));
        return Return.Success;
    }

    public IEnumerable<Definition> Define() => Definition.From<SampleOptions>();
}
