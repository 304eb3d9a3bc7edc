using Microsoft.Build.Framework;
using Tasker.Diagnostics;
using Tasker.Hosting;

namespace Tasker.MSBuild;

/// <summary>
/// Writes the profile template of one task (as Python's <c>tasker template -r</c>), found the way pipelines find
/// it. An adapter only: the template itself comes from the engine.
/// </summary>
public sealed class GenerateTaskerTemplate : ConsumerAssemblyTask
{
    /// <summary>The task, as a <c>[[__meta__]]</c> entry's reference names it.</summary>
    public string? Reference { get; set; }

    /// <summary>The folder the template is written to (as <c>Reference.toml</c>); empty prints it instead.</summary>
    public string? OutputDirectory { get; set; }

    /// <summary>
    /// Where the template is written when <see cref="OutputDirectory"/> is empty but the Terminal Logger is on: it
    /// hides printed text, so the template goes to a file it can point at (the intermediate folder).
    /// </summary>
    public string? IntermediateDirectory { get; set; }

    /// <summary>The file written, when <see cref="OutputDirectory"/> was given.</summary>
    [Output]
    public string? TemplateFile { get; set; }

    private protected override DiagnosticDescriptor FailureCode => DiagnosticCodes.TemplateFailed;

    private protected override void Run(TaskSet tasks, MSBuildPipelineEvents events, SourceLocation project)
    {
        if (string.IsNullOrWhiteSpace(Reference))
        {
            events.Report(Diagnostic.Error(
                DiagnosticCodes.TemplateReferenceMissing,
                project,
                "Say which task to write a template for: dotnet build -t:TaskerTemplate -p:TaskerTemplateReference=Namespace.TaskType (optionally -p:TaskerTemplateOutput=folder)."));
            return;
        }

        var reference = Reference.Trim();
        var template = Engine.Template(tasks, reference, project);
        var terminalLogger = TerminalLoggerOutput.IsEnabled;
        var directory = !string.IsNullOrWhiteSpace(OutputDirectory) ? OutputDirectory
            : terminalLogger && !string.IsNullOrWhiteSpace(IntermediateDirectory) ? Path.Combine(IntermediateDirectory, "tasker-templates")
            : null;
        if (directory is null)
        {
            Log.LogMessage(MessageImportance.High, template);
            return;
        }

        Directory.CreateDirectory(directory);
        TemplateFile = Path.GetFullPath(Path.Combine(directory, Engine.TemplateFileName(reference)));
        File.WriteAllText(TemplateFile, template);
        Log.LogMessage(MessageImportance.High, terminalLogger
            ? TerminalLoggerOutput.FileLine(ProjectFile ?? project.File, TemplateFile)
            : $"Tasker template for {reference}: {TemplateFile}");
    }
}
