using Microsoft.Extensions.Logging;

namespace Tasker.Tests.Support;

/// <summary>Reports a warning and an error at rows of the data file its profile names, as a data-checking task would.</summary>
public sealed class LocatedDiagnosticTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        var data = profile.Get<string>("data");
        logger.LogWarningAt(data, 2, 0, "row 2 has no price", "DATA002");
        logger.LogErrorAt(data, 3, 5, "'abc' is not a number");
        return Return.Success;
    }
}
