namespace Tasker.MSBuild.Isolation;

/// <summary>Where a pipeline runs: the values of <c>TaskerIsolation</c> and of the <c>Isolation</c> item metadata.</summary>
internal enum IsolationMode
{
    /// <summary>In process when that can work, otherwise in the out-of-process host.</summary>
    Auto,

    /// <summary>Always in the out-of-process host.</summary>
    Process,

    /// <summary>In the MSBuild node itself.</summary>
    None,
}
