using System.CommandLine;
using Tasker.Cli.Output;
using Tasker.Diagnostics;
using Tasker.Hosting;

namespace Tasker.Cli.Commands;

/// <summary><c>tasker template -r Type [-r Type ...] [-o DIR]</c>: the profile template of each task, as in the build's TaskerTemplate target.</summary>
internal static class TemplateCommand
{
    public static Command Create(GlobalOptions global)
    {
        var references = new Option<string[]>("--reference", "-r")
        {
            Description = "A task, as a [[__meta__]] entry's reference names it; several may follow one -r, or repeat -r.",
            Required = true,
            // "-r A B" as in the Python tool, as well as "-r A -r B".
            AllowMultipleArgumentsPerToken = true,
            HelpName = "type",
        };
        var folder = new Option<string?>("--output", "-o")
        {
            Description = "The folder to write each template to (as <reference>.toml); without it the templates are printed.",
            HelpName = "dir",
        };
        return TaskCommand.Create("template", "Write the profile template of one or more tasks.", global, [references, folder], _ => null, context =>
        {
            var output = context.Output;
            var directory = context.Parse.GetValue(folder);
            var location = SourceLocation.OfFile("tasker");

            // Every reference is resolved first: a typo in the last one writes nothing.
            var templates = context.Parse.GetRequiredValue(references)
                .Select(reference => reference.Trim())
                .Select(reference => (Reference: reference, Text: Engine.Template(context.Types.Tasks, reference, location)))
                .ToList();
            foreach (var (reference, text) in templates)
            {
                if (directory is null)
                {
                    output.Line(text.TrimEnd('\n'));
                    output.Line();
                    continue;
                }

                var path = Path.GetFullPath(Path.Combine(directory, Engine.TemplateFileName(reference)));
                OutputFiles.Write(path, text, DiagnosticCodes.TemplateFailed, $"The template of {reference}");
                output.Line($"{reference}: {path}");
            }

            return ExitCodes.Success;
        });
    }
}
