using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Tasker.MSBuild.InProcess;

/// <summary>
/// Tells from an assembly's metadata, without loading it, whether its code calls <c>Environment.Exit</c>: run in
/// the MSBuild node, such a call would end the node and the build with it, with the task's exit code and no
/// message. Reading the member references of one assembly takes about a millisecond.
/// </summary>
internal static class EnvironmentExitScan
{
    public static bool CallsEnvironmentExit(string assemblyPath)
    {
        try
        {
            using var stream = File.OpenRead(assemblyPath);
            using var pe = new PEReader(stream);
            if (!pe.HasMetadata)
            {
                return false;
            }

            var metadata = pe.GetMetadataReader();
            foreach (var handle in metadata.MemberReferences)
            {
                var member = metadata.GetMemberReference(handle);
                if (member.Parent.Kind == HandleKind.TypeReference
                    && metadata.StringComparer.Equals(member.Name, "Exit")
                    && metadata.GetTypeReference((TypeReferenceHandle)member.Parent) is var type
                    && metadata.StringComparer.Equals(type.Name, "Environment")
                    && metadata.StringComparer.Equals(type.Namespace, "System"))
                {
                    return true;
                }
            }

            return false;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or BadImageFormatException or InvalidOperationException)
        {
            // Loading the assembly reports a clear diagnostic later; the scan only chooses where to run.
            return false;
        }
    }
}
