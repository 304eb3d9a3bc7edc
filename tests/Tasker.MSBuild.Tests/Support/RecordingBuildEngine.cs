using System.Collections;
using Microsoft.Build.Framework;

namespace Tasker.MSBuild.Tests.Support;

/// <summary>A build engine that keeps what a task logs, for tests of the MSBuild task without MSBuild.</summary>
internal sealed class RecordingBuildEngine : IBuildEngine
{
    private readonly object _gate = new();

    public List<BuildErrorEventArgs> Errors { get; } = [];

    public List<BuildWarningEventArgs> Warnings { get; } = [];

    public List<BuildMessageEventArgs> Messages { get; } = [];

    public bool ContinueOnError => false;

    public int LineNumberOfTaskNode => 0;

    public int ColumnNumberOfTaskNode => 0;

    public string ProjectFileOfTaskNode => "test.csproj";

    public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) =>
        throw new NotSupportedException();

    public void LogCustomEvent(CustomBuildEventArgs e)
    {
    }

    public void LogErrorEvent(BuildErrorEventArgs e)
    {
        lock (_gate)
        {
            Errors.Add(e);
        }
    }

    public void LogMessageEvent(BuildMessageEventArgs e)
    {
        lock (_gate)
        {
            Messages.Add(e);
        }
    }

    public void LogWarningEvent(BuildWarningEventArgs e)
    {
        lock (_gate)
        {
            Warnings.Add(e);
        }
    }
}
