using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Tasker.Tests.Architecture;

/// <summary>
/// Which types of an assembly use which other types of the same assembly, read from the compiled code (signatures,
/// attributes and method bodies), so a reference a source search would miss (a lambda, a generic argument) counts too.
/// </summary>
internal static class TypeReferences
{
    /// <summary>Every (user, used) pair of top-level types of the assembly at <paramref name="path"/>, nested types counted as their outermost type.</summary>
    public static IReadOnlySet<(TypeDefinition User, TypeDefinition Used)> Read(string path)
    {
        using var module = ModuleDefinition.ReadModule(path);
        var pairs = new HashSet<(TypeDefinition, TypeDefinition)>();
        foreach (var type in module.GetTypes())
        {
            var user = Outermost(type);
            foreach (var used in ReferencedBy(type))
            {
                foreach (var target in Named(used))
                {
                    if (target.Module == module && Outermost(target) is var outer && outer != user)
                    {
                        pairs.Add((user, outer));
                    }
                }
            }
        }

        return pairs;
    }

    public static TypeDefinition Outermost(TypeDefinition type)
    {
        while (type.DeclaringType is { } declaring)
        {
            type = declaring;
        }

        return type;
    }

    private static IEnumerable<TypeReference> ReferencedBy(TypeDefinition type)
    {
        if (type.BaseType is { } baseType) yield return baseType;
        foreach (var item in type.Interfaces) yield return item.InterfaceType;
        foreach (var attribute in Attributes(type)) yield return attribute;
        foreach (var field in type.Fields)
        {
            yield return field.FieldType;
            foreach (var attribute in Attributes(field)) yield return attribute;
        }

        foreach (var property in type.Properties) yield return property.PropertyType;
        foreach (var item in type.Events) yield return item.EventType;
        foreach (var method in type.Methods)
        {
            foreach (var used in ReferencedBy(method)) yield return used;
        }
    }

    private static IEnumerable<TypeReference> ReferencedBy(MethodDefinition method)
    {
        foreach (var used in Signature(method)) yield return used;
        foreach (var attribute in Attributes(method)) yield return attribute;
        if (!method.HasBody)
        {
            yield break;
        }

        foreach (var variable in method.Body.Variables) yield return variable.VariableType;
        foreach (var handler in method.Body.ExceptionHandlers)
        {
            if (handler.CatchType is { } caught) yield return caught;
        }

        foreach (var instruction in method.Body.Instructions)
        {
            switch (instruction.Operand)
            {
                case TypeReference used:
                    yield return used;
                    break;
                case MethodReference called:
                    yield return called.DeclaringType;
                    foreach (var used in Signature(called)) yield return used;
                    if (called is GenericInstanceMethod generic)
                    {
                        foreach (var argument in generic.GenericArguments) yield return argument;
                    }

                    break;
                case FieldReference field:
                    yield return field.DeclaringType;
                    yield return field.FieldType;
                    break;
                case CallSite site:
                    foreach (var used in Signature(site)) yield return used;
                    break;
            }
        }
    }

    private static IEnumerable<TypeReference> Signature(IMethodSignature method)
    {
        yield return method.ReturnType;
        foreach (var parameter in method.Parameters) yield return parameter.ParameterType;
    }

    private static IEnumerable<TypeReference> Attributes(ICustomAttributeProvider provider) =>
        provider.CustomAttributes.Select(attribute => attribute.AttributeType);

    // The types of this module a reference names: itself, the element of an array or pointer, the definition of a
    // generic instance and its arguments (List<ProfileTable> uses ProfileTable).
    private static IEnumerable<TypeDefinition> Named(TypeReference reference)
    {
        switch (reference)
        {
            case TypeDefinition definition:
                yield return definition;
                break;
            case GenericInstanceType generic:
                foreach (var named in generic.GenericArguments.Prepend(generic.ElementType).SelectMany(Named)) yield return named;
                break;
            case TypeSpecification specification:
                foreach (var named in Named(specification.ElementType)) yield return named;
                break;
        }
    }
}
