using System.ComponentModel;
using System.Diagnostics;
using System.Runtime.InteropServices;
using Tasker.Diagnostics;
using Tasker.Events;
using Tasker.Isolation;

namespace Tasker.MSBuild.Isolation;

/// <summary>
/// Runs pipelines in the out-of-process host. The host starts with the first pipeline (or was started while the
/// project compiled, see <see cref="PrepareTaskerPipelines"/>) and serves the following ones; after a host ended early, the
/// next pipeline gets a new one.
/// </summary>
/// <param name="takeStarted">Hands over a host already started for this launch, if one was.</param>
internal sealed class ProcessPipelines(HostSetup setup, CancellationToken cancellationToken, Func<HostLaunch, HostProcess?>? takeStarted = null) : IDisposable
{
    private const string HostFileName = "Tasker.Host.dll";

    private HostLaunch? _launch;
    private HostProcess? _host;
    private int _starts;

    public PipelineResult Run(HostRequest request, IPipelineEvents events, IPipelineProgress progress)
    {
        if (_host is null || _host.HasExited)
        {
            _host?.Dispose();
            _host = Start(request.ProfilePath, events);
            if (_host is null)
            {
                return PipelineResult.NotRun(request.ProfilePath);
            }
        }

        var stopwatch = Stopwatch.StartNew();
        if (_host.Run(request, events, progress, cancellationToken) is { } result)
        {
            // What the host costs on top of the pipeline itself, for whoever weighs isolation against speed.
            events.Message(MessageLevel.Detail, $"Tasker host: {Path.GetFileName(request.ProfilePath)} took {stopwatch.ElapsedMilliseconds} ms in the host, {result.Elapsed.TotalMilliseconds:0} ms of it in the pipeline ({_starts} host start(s) so far).");
            return result;
        }

        _host.Dispose();
        _host = null;
        return PipelineResult.NotRun(request.ProfilePath);
    }

    public void Dispose() => _host?.Dispose();

    /// <summary>The host next to the task (a build of this repository) or in the package's <c>tasks/host/</c> folder.</summary>
    internal static string? FindHost(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured) ? Path.GetFullPath(configured) : null;
        }

        var taskDirectory = Path.GetDirectoryName(typeof(ProcessPipelines).Assembly.Location) ?? string.Empty;
        return new[]
            {
                Path.Combine(taskDirectory, HostFileName),
                Path.Combine(taskDirectory, "host", HostFileName),
                Path.Combine(taskDirectory, "..", "host", HostFileName),
            }
            .Where(File.Exists)
            .Select(Path.GetFullPath)
            .FirstOrDefault();
    }

    private HostProcess? Start(string profilePath, IPipelineEvents events)
    {
        var location = SourceLocation.OfFile(profilePath);
        try
        {
            _launch ??= Prepare(setup, location, events);
            if (_launch is null)
            {
                return null;
            }

            _starts++;
            if (_starts == 1 && takeStarted?.Invoke(_launch) is { } started)
            {
                if (!started.HasExited)
                {
                    events.Message(MessageLevel.Detail, "Tasker host: using the host started while the project compiled.");
                    return started;
                }

                started.Dispose();
            }

            return HostProcess.Start(_launch);
        }
        catch (Exception exception) when (exception is Win32Exception or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            events.Report(Diagnostic.Error(DiagnosticCodes.HostStartFailed, location, $"The Tasker host could not start: {exception.Message}. Set DOTNET_HOST_PATH to the dotnet executable, or set TaskerIsolation to none."));
            return null;
        }
    }

    /// <summary>
    /// The package's host built for .NET 10 and precompiled for this platform, when the host runs on .NET 10: it starts
    /// without compiling the engine just in time. Otherwise, or when the package has none for this platform, the
    /// portable host.
    /// </summary>
    internal static string PrecompiledHostFor(HostRuntimePlan plan, string portableHost)
    {
        var runtime = plan.Frameworks.FirstOrDefault(framework => framework.Name == IsolationChoice.BaseFramework);
        if (plan.RollForward != "Major" || runtime is null || !Version.TryParse(runtime.Version, out var version) || version.Major != 10)
        {
            return portableHost;
        }

        var os = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "win" : RuntimeInformation.IsOSPlatform(OSPlatform.OSX) ? "osx" : "linux";
        var platform = $"{os}-{RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant()}";
        var precompiled = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(portableHost) ?? ".", "..", $"host-net10.0-{platform}", HostFileName));
        return File.Exists(precompiled) ? precompiled : portableHost;
    }

    /// <summary>How the host starts for <paramref name="setup"/> (its runtime config written); <see langword="null"/> after reporting why it cannot.</summary>
    internal static HostLaunch? Prepare(HostSetup setup, SourceLocation location, IPipelineEvents events)
    {
        var hostPath = FindHost(setup.HostAssemblyPath);
        if (hostPath is null)
        {
            events.Report(Diagnostic.Error(DiagnosticCodes.HostStartFailed, location, $"The Tasker host ({setup.HostAssemblyPath ?? HostFileName} next to the task) was not found. Restore the Tasker.MSBuild package again, or set TaskerIsolation to none."));
            return null;
        }

        var dotnet = DotNetLocator.Find(setup.DotNetHostPath);
        var plan = HostRuntimeConfig.Plan(setup.TargetFrameworkIdentifier, setup.TargetFrameworkVersion, setup.FrameworkReferences, DotNetLocator.RootOf(dotnet));
        foreach (var note in plan.Notes)
        {
            events.Message(MessageLevel.Detail, note);
        }

        hostPath = setup.HostAssemblyPath is null ? PrecompiledHostFor(plan, hostPath) : hostPath;
        HostRuntimeConfig.Write(setup.RuntimeConfigPath, HostRuntimeConfig.ToJson(plan));
        events.Message(MessageLevel.Detail, $"Tasker host: {dotnet} exec --runtimeconfig {setup.RuntimeConfigPath} {hostPath} ({string.Join(", ", plan.Frameworks.Select(framework => $"{framework.Name} {framework.Version}"))}).");
        return new HostLaunch(dotnet, Path.GetFullPath(setup.RuntimeConfigPath), hostPath);
    }
}
