using Tasker.Diagnostics;

namespace Tasker.Events;

/// <summary>
/// Replaces every secret value (<see cref="SecretValues"/>) in what a pipeline reports, before any host writes it:
/// the MSBuild log and binary log, the host protocol and the command line's output all see <c>***</c>.
/// </summary>
internal sealed class MaskingPipelineEvents(IPipelineEvents inner) : IPipelineEvents
{
    public void Report(Diagnostic diagnostic) =>
        inner.Report(SecretValues.Any ? diagnostic with { Message = SecretValues.Mask(diagnostic.Message) } : diagnostic);

    public void Message(MessageLevel level, string text) =>
        inner.Message(level, SecretValues.Any ? SecretValues.Mask(text) : text);
}
