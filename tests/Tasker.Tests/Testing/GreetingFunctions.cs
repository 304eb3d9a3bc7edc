namespace Tasker.Tests.Testing;

/// <summary>Function tasks for the testing surface's tests.</summary>
public static class GreetingFunctions
{
    [TaskerFunction(Provide = ["greeting"])]
    public static void Greet(TaskContext context, string name, long times = 1) =>
        context.Storage["greeting"] = string.Join(' ', Enumerable.Repeat($"Hello {name}.", (int)times));

    public static void NotATask(string name) => _ = name;
}
