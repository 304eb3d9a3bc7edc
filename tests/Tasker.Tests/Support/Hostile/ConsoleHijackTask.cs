using Microsoft.Extensions.Logging;

namespace Tasker.Tests.Support.Hostile;

/// <summary>Replaces the console's writers (and reader) of the whole process with ones that swallow everything.</summary>
public sealed class ConsoleHijackTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        Console.SetOut(TextWriter.Null);
        Console.SetError(TextWriter.Null);
        Console.SetIn(new StringReader("forged input\n"));
        return Return.Success;
    }
}
