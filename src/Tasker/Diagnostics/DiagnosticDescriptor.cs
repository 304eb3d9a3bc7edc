namespace Tasker.Diagnostics;

/// <summary>A diagnostic code and what it is about, as listed in the README.</summary>
internal sealed record DiagnosticDescriptor(string Code, string Title);
