namespace Tasker;

/// <summary>
/// Lets a profile call a public static method with a <c>$M</c> value (or create a task type with <c>$T</c>) although it
/// lies outside the project's own output assembly and the assemblies it references, for example in a shared library
/// loaded another way. Methods of the project's own assemblies need no marker. A profile never runs code Tasker or the
/// project did not offer to it, so without the marker such a value is refused (TSK0040) before anything runs.
/// Put it on a method to offer that method, or on a class to offer all of its public static methods.
/// </summary>
/// <example>
/// <code>
/// public static class Ports
/// {
///     [TaskerProfileMethod]
///     public static int Next(int start) =&gt; start + 1;   // "8080$M$Shared.Ports.Next"
/// }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class TaskerProfileMethodAttribute : Attribute;
