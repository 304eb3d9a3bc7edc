using Microsoft.Extensions.Logging;

namespace Tasker.Tests.Support;

/// <summary>
/// Writes its process id to the file named by <c>marker</c>, waits for the file named by <c>go</c>, writes
/// <c>alive</c> next to the marker, then waits until the pipeline is cancelled: a test can signal the process in
/// between and see whether it lived through it.
/// </summary>
public sealed class InterruptibleTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        var marker = profile.Get<string>("marker");
        File.WriteAllText(marker + ".tmp", Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        File.Move(marker + ".tmp", marker);
        while (!File.Exists(profile.Get<string>("go")))
        {
            Thread.Sleep(20);
        }

        File.WriteAllText(marker + ".alive", "alive");
        PipelineContext.CancellationToken.WaitHandle.WaitOne();
        PipelineContext.CancellationToken.ThrowIfCancellationRequested();
        return Return.Success;
    }
}
