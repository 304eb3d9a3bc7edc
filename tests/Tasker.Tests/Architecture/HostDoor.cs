using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Tasker.Tests.Architecture;

/// <summary>
/// The one door the hosts (the MSBuild tasks, the out-of-process host, the command line) have into the engine: its
/// public API, <c>Tasker.Hosting</c> (run, check, preview, load a task set, write a template or the JSON Schema), what a host asks (<c>Tasker.Requests</c>) and
/// what goes in and out of it (diagnostics, events, the host protocol). Everything else of the engine is internal to
/// it, and a host that reaches past the door is found here, from the host's compiled references.
/// </summary>
internal static class HostDoor
{
    private static readonly string[] DoorNamespaces = ["Tasker", "Tasker.Hosting", "Tasker.Requests", "Tasker.Diagnostics", "Tasker.Events", "Tasker.Isolation"];

    /// <summary>The engine types the host at <paramref name="hostPath"/> uses outside the door, by full name.</summary>
    public static IReadOnlyList<string> TypesPastTheDoor(string hostPath) =>
        [.. EngineTypesUsedBy(hostPath).Where(name => !DoorNamespaces.Contains(NamespaceOf(name), StringComparer.Ordinal)).Order(StringComparer.Ordinal)];

    /// <summary>Every engine (Tasker.dll) type the assembly refers to: its type references are the whole list.</summary>
    public static IReadOnlySet<string> EngineTypesUsedBy(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var image = new PEReader(stream);
        var metadata = image.GetMetadataReader();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var handle in metadata.TypeReferences)
        {
            var outermost = metadata.GetTypeReference(handle);
            while (outermost.ResolutionScope.Kind == HandleKind.TypeReference)
            {
                outermost = metadata.GetTypeReference((TypeReferenceHandle)outermost.ResolutionScope);
            }

            if (outermost.ResolutionScope.Kind == HandleKind.AssemblyReference
                && metadata.GetString(metadata.GetAssemblyReference((AssemblyReferenceHandle)outermost.ResolutionScope).Name) == "Tasker")
            {
                names.Add($"{metadata.GetString(outermost.Namespace)}.{metadata.GetString(outermost.Name)}");
            }
        }

        return names;
    }

    private static string NamespaceOf(string fullName) => fullName[..fullName.LastIndexOf('.')];
}
