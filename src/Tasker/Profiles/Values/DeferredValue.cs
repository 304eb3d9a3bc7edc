namespace Tasker.Profiles.Values;

/// <summary>
/// Stands, during the check before anything runs, for a typed value that is only known when its task is about to
/// run (an environment variable, a task instance, a method's result): its type is known, its value is not.
/// </summary>
/// <param name="Type">What the value will be: <see cref="long"/>, <see cref="double"/>, <see cref="bool"/>, <see cref="string"/>, or a CLR type.</param>
/// <param name="Origin">How messages name it, for example "$E value".</param>
internal sealed record DeferredValue(Type Type, string Origin);
