using Microsoft.Build.Framework;
using Tasker.Diagnostics;
using Tasker.Hosting;

namespace Tasker.MSBuild;

/// <summary>
/// Writes the JSON Schema of the project's profiles (launcher keys and each task's table), for TOML editors that
/// read JSON Schema (Taplo, Even Better TOML). An adapter only: the schema itself comes from the engine.
/// </summary>
public sealed class GenerateTaskerSchema : ConsumerAssemblyTask
{
    /// <summary>The file to write.</summary>
    [Required]
    public string OutputFile { get; set; } = string.Empty;

    private protected override DiagnosticDescriptor FailureCode => DiagnosticCodes.JsonSchemaFailed;

    private protected override void Run(TaskSet tasks, MSBuildPipelineEvents events, SourceLocation project)
    {
        var diagnostics = new List<Diagnostic>();
        var schema = Engine.Schema(tasks, project, diagnostics);
        foreach (var diagnostic in diagnostics)
        {
            events.Report(diagnostic);
        }

        var path = Path.GetFullPath(OutputFile);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, schema);
        Log.LogMessage(MessageImportance.High, $"Tasker JSON Schema: {path}");
    }
}
