using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;

namespace Tasker.TaskLookup;

/// <summary>
/// Finds a type of a loaded assembly by its full name in the assembly's own metadata, and loads it by its token.
/// <see cref="Assembly.GetType(string, bool)"/> gives the same answer, but its first call parses the name with the
/// runtime's type-name grammar, whose first use costs about 12 ms: a tenth of a one-task launch. Only plain names
/// (a namespace, a type, nested types after <c>+</c>) are looked up here; anything the grammar gives a meaning to
/// (generic arguments, assembly names, escapes) and any assembly that forwards types is left to the runtime.
/// </summary>
internal static class MetadataTypeLookup
{
    public enum Answer
    {
        /// <summary>The assembly defines no type of that name.</summary>
        NotDefined,

        /// <summary>The assembly defines the type; it was loaded.</summary>
        Found,

        /// <summary>The name or the assembly is not one this lookup reads: ask the runtime.</summary>
        AskTheRuntime,
    }

    public static Answer Find(Assembly assembly, string name, out Type? type)
    {
        type = null;
        if (!IsPlainName(name) || assembly.IsDynamic || !TryGetMetadata(assembly, out var reader) || reader.ExportedTypes.Count > 0)
        {
            return Answer.AskTheRuntime;
        }

        foreach (var handle in reader.TypeDefinitions)
        {
            if (FullName(reader, handle) == name)
            {
                type = assembly.ManifestModule.ResolveType(MetadataTokens.GetToken(handle));
                return Answer.Found;
            }
        }

        return Answer.NotDefined;
    }

    // Letters, digits, '_', '.', '`' (an open generic's arity) and '+' (nesting): every other character means
    // something to the runtime's grammar.
    private static bool IsPlainName(string name) =>
        name.Length > 0 && name[0] != '.' && name[^1] != '.' && name[^1] != '+' &&
        name.All(c => char.IsLetterOrDigit(c) || c is '_' or '.' or '`' or '+');

    private static unsafe bool TryGetMetadata(Assembly assembly, out MetadataReader reader)
    {
        if (assembly.TryGetRawMetadata(out var blob, out var length))
        {
            // The blob lives as long as the assembly, which a catalog keeps loaded.
            reader = new MetadataReader(blob, length);
            return true;
        }

        reader = null!;
        return false;
    }

    private static string FullName(MetadataReader reader, TypeDefinitionHandle handle)
    {
        var definition = reader.GetTypeDefinition(handle);
        var name = reader.GetString(definition.Name);
        var declaring = definition.GetDeclaringType();
        if (!declaring.IsNil)
        {
            return $"{FullName(reader, declaring)}+{name}";
        }

        return definition.Namespace.IsNil ? name : $"{reader.GetString(definition.Namespace)}.{name}";
    }
}
