using Microsoft.Extensions.Logging;

namespace Tasker.Tests.Support.Schemas;

/// <summary>Removes the 'greeting' key.</summary>
public sealed class RemovingTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        shared.Delete("greeting");
        return Return.Success;
    }

    public IEnumerable<string> Remove() => ["greeting"];
}
