using Microsoft.Extensions.Logging;

namespace Tasker.Tests.Support;

public sealed class ProvidingTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        shared["greeting"] = profile.Get<string>("text");
        return Return.Success;
    }

    public IEnumerable<string> Provide() => ["greeting"];
}

public sealed class RequiringTask : ITask
{
    public static readonly AsyncLocal<string?> LastSeen = new();

    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        logger.LogInformation("saw {Greeting}", shared.Get<string>("greeting"));
        return Return.Success;
    }

    public IEnumerable<string> Require() => ["greeting"];
}

public sealed class FailingTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger) => Return.Error;
}

public sealed class ThrowingTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger) => throw new InvalidOperationException("boom");
}

public sealed class ExitingTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger) => Return.Exit;
}

public sealed class AlwaysRetryTask : ITask
{
    public int Calls { get; private set; }

    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        Calls++;
        logger.LogInformation("call {Calls}", Calls);
        return Return.Retry;
    }
}

public sealed class RetryOnceTask : ITask
{
    private int _calls;

    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        _calls++;
        logger.LogInformation("call {Calls}", _calls);
        return _calls == 1 ? Return.Retry : Return.Success;
    }
}

public sealed class UndeclaredWriteTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        shared["__secret__"] = 1;
        return Return.Success;
    }
}

public sealed class WarningTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        logger.LogWarning("careful");
        logger.LogWarning(new EventId(7, "DATA001"), "custom code");
        return Return.Success;
    }
}

public sealed class LoggedErrorTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        logger.LogError("went wrong");
        return Return.Success;
    }
}

public sealed class UndefinedFlagTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger) => (Return)256;
}

public sealed class ConsoleTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        Console.WriteLine("printed line");
        Console.Write("partial");
        return Return.Success;
    }
}

public sealed class WrongTypeReadTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        _ = profile.Get<int>("count");
        return Return.Success;
    }
}

public sealed class NoDefaultConstructorTask(int value) : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger) => value == 0 ? Return.Success : Return.Error;
}

public sealed class NotATask
{
}

public sealed class StaticCounterTask : ITask
{
    public static int Invocations { get; set; }

    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        Invocations++;
        return Return.Success;
    }
}
