using Mono.Cecil;

namespace Tasker.Tests.Support.Hostile;

/// <summary>Writes assemblies whose types exist but cannot load, as a build output missing a dependency has.</summary>
internal static class BrokenAssemblies
{
    public const string MissingAssemblyName = "Missing.Dependency";

    /// <summary>An assembly "Hostile.Consumer" with a public type <paramref name="typeName"/> whose base class lives in an absent assembly.</summary>
    public static string WriteTaskWithMissingBase(string directory, string typeName)
    {
        var path = Path.Combine(directory, "Hostile.Consumer.dll");
        using var assembly = AssemblyDefinition.CreateAssembly(new AssemblyNameDefinition("Hostile.Consumer", new Version(1, 0, 0, 0)), "Hostile.Consumer", ModuleKind.Dll);
        var module = assembly.MainModule;
        var missing = new AssemblyNameReference(MissingAssemblyName, new Version(1, 0, 0, 0));
        module.AssemblyReferences.Add(missing);
        var baseType = new TypeReference("Missing.Dependency", "BaseTask", module, missing);
        var lastDot = typeName.LastIndexOf('.');
        module.Types.Add(new TypeDefinition(typeName[..lastDot], typeName[(lastDot + 1)..], TypeAttributes.Public | TypeAttributes.Class, baseType));
        assembly.Write(path);
        return path;
    }
}
