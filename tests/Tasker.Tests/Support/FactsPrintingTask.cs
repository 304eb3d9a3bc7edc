using Microsoft.Extensions.Logging;

namespace Tasker.Tests.Support;

/// <summary>Prints the 'facts' an earlier task stored, one line each.</summary>
public sealed class FactsPrintingTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        foreach (var line in shared.Get<string>("facts").Split('\n'))
        {
            Console.WriteLine(line);
        }

        return Return.Success;
    }

    public IEnumerable<string> Require() => ["facts"];
}
