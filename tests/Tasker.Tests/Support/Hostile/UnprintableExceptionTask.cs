using Microsoft.Extensions.Logging;

namespace Tasker.Tests.Support.Hostile;

/// <summary>Throws an exception whose Message and ToString() throw, from the step its argument names.</summary>
public sealed class UnprintableExceptionTask(string step) : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        if (step == "log")
        {
            logger.LogError(new UnprintableException(), "failed");
            return Return.Success;
        }

        throw new UnprintableException();
    }

    public IEnumerable<string> Provide() => step == "declare" ? throw new UnprintableException() : [];

    public IEnumerable<Definition> Define() => step == "define" ? throw new UnprintableException() : [];
}
