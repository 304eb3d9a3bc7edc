using Microsoft.Extensions.Logging;

namespace Tasker.Tests.Support;

/// <summary>Logs the reduced keys as "total=… order=…".</summary>
public sealed class ReportTotalTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        logger.LogInformation("total={Total} order={Order}", shared.Get<long>("total"), shared.Get<string>("order"));
        return Return.Success;
    }

    public IEnumerable<string> Require() => ["total", "order"];
}
