using Microsoft.Extensions.Logging;

namespace Tasker.Tests.Support;

public static class SampleFunctions
{
    [TaskerFunction(Provide = ["greeting"])]
    public static void Greet(TaskContext context, string name, int times = 1)
    {
        context.Storage["greeting"] = string.Join(" ", Enumerable.Repeat($"Hello {name}.", times));
    }

    [TaskerFunction(Require = ["value"], Provide = ["square"])]
    public static Return Square(TaskContext context)
    {
        var value = context.Storage.Get<long>("value");
        context.Storage["square"] = value * value;
        context.Logger.LogInformation("squared {Value}", value);
        return Return.Success;
    }

    [TaskerFunction(Provide = ["facts"])]
    public static void DescribeBuild(TaskContext context)
    {
        context.Storage["facts"] = string.Join("\n", BuildContextTask.Describe(context.Build));
    }

    [TaskerFunction]
    public static Return Refuse(bool refuse) => refuse ? Return.Error : Return.Success;

    [TaskerFunction]
    public static void Throw() => throw new InvalidOperationException("function failed");

    [TaskerFunction]
    public static int WrongReturnType() => 1;

    public static void NotMarked()
    {
    }
}
