using System.CommandLine;
using Tasker.Cli.Output;
using Tasker.Diagnostics;
using Tasker.Hosting;

namespace Tasker.Cli.Commands;

/// <summary><c>tasker schema [-o FILE]</c>: the JSON Schema of the project's profiles, as in the build's TaskerSchema target.</summary>
internal static class SchemaCommand
{
    public static Command Create(GlobalOptions global)
    {
        var file = new Option<string?>("--output", "-o")
        {
            Description = "The file to write the JSON Schema to; without it the schema is printed.",
            HelpName = "file",
        };
        return TaskCommand.Create("schema", "Write the JSON Schema of the project's profiles (launcher keys and every task's table), for TOML editors.", global, [file], _ => null, context =>
        {
            var output = context.Output;
            var diagnostics = new List<Diagnostic>();
            var schema = Engine.Schema(context.Types.Tasks, SourceLocation.OfFile("tasker"), diagnostics);
            foreach (var diagnostic in diagnostics)
            {
                DiagnosticFormat.Write(output, diagnostic);
            }

            if (context.Parse.GetValue(file) is not { } target)
            {
                output.Line(schema.TrimEnd('\n'));
                return ExitCodes.Success;
            }

            var path = Path.GetFullPath(target);
            OutputFiles.Write(path, schema, DiagnosticCodes.JsonSchemaFailed, "The JSON Schema");
            output.Line($"JSON Schema: {path}");
            return ExitCodes.Success;
        });
    }
}
