using Microsoft.Extensions.Logging;

namespace Tasker.Tests.Support;

/// <summary>A reducer: sums the branches' squares into 'total' and lists their values in order in 'order'.</summary>
public sealed class SumTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        var total = shared.Contains("total") ? shared.Get<long>("total") : 0;
        shared["total"] = total + shared.Get<long>("square");
        var order = shared.Contains("order") ? shared.Get<string>("order") + "," : string.Empty;
        shared["order"] = order + shared.Get<long>("value");
        return Return.Success;
    }

    public IEnumerable<string> Require() => ["square", "value"];

    public IEnumerable<string> Provide() => ["total", "order"];
}
