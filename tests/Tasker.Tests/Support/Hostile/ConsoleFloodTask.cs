using Microsoft.Extensions.Logging;

namespace Tasker.Tests.Support.Hostile;

/// <summary>Writes numbered lines, alternating standard output and standard error, then reads standard input.</summary>
public sealed class ConsoleFloodTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        var lines = profile.Get<long>("lines");
        for (var line = 0; line < lines; line++)
        {
            (line % 2 == 0 ? Console.Out : Console.Error).WriteLine($"line {line} {new string('x', 100)}");
        }

        logger.LogInformation("stdin={Input}", Console.In.ReadLine() ?? "end");
        return Return.Success;
    }
}
