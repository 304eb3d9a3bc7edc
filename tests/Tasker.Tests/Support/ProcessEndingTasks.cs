using Microsoft.Extensions.Logging;

namespace Tasker.Tests.Support;

// These tasks end the process that runs them: tests run them only in the out-of-process host, never in the test
// process itself.

public sealed class EnvironmentExitTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        Console.WriteLine("about to exit");
        Environment.Exit(3);
        return Return.Success;
    }
}

public sealed class StackOverflowTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger) => Recurse(1) > 0 ? Return.Success : Return.Error;

    private static int Recurse(int depth) => Recurse(depth + 1) + 1;
}

public sealed class StderrTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        Console.Error.WriteLine("written to standard error");
        return Return.Success;
    }
}

/// <summary>Writes the file named by its profile's <c>marker</c> key, then waits until the pipeline is cancelled.</summary>
public sealed class WaitForCancellationTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        File.WriteAllText(profile.Get<string>("marker"), "started");
        PipelineContext.CancellationToken.WaitHandle.WaitOne();
        PipelineContext.CancellationToken.ThrowIfCancellationRequested();
        return Return.Success;
    }
}
