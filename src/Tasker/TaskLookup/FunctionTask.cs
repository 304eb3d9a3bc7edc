using System.Reflection;
using System.Runtime.ExceptionServices;
using Microsoft.Extensions.Logging;
using Tasker.Diagnostics;
using Tasker.Profiles;

namespace Tasker.TaskLookup;

/// <summary>Runs a static method marked <see cref="TaskerFunctionAttribute"/> as a task: profile keys become its arguments.</summary>
internal sealed class FunctionTask(MethodInfo method, TaskerFunctionAttribute declaration) : ITask
{
    public MethodInfo Method { get; } = method;

    public IEnumerable<string> Require() => declaration.Require;

    public IEnumerable<string> Provide() => declaration.Provide;

    public IEnumerable<string> Remove() => declaration.Remove;

    public IEnumerable<Definition> Define() =>
        Method.GetParameters()
            .Where(parameter => parameter.ParameterType != typeof(TaskContext))
            .Select(parameter => Definition.Value(parameter.Name!, parameter.ParameterType, parameter.HasDefaultValue ? parameter.DefaultValue : null));

    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        var parameters = Method.GetParameters();
        var arguments = new object?[parameters.Length];
        for (var index = 0; index < parameters.Length; index++)
        {
            arguments[index] = parameters[index].ParameterType == typeof(TaskContext)
                ? new TaskContext(profile, shared, logger, PipelineContext.CancellationToken)
                : Argument(profile, parameters[index]);
        }

        object? result;
        try
        {
            result = Method.Invoke(null, arguments);
        }
        catch (TargetInvocationException exception) when (exception.InnerException is { } inner)
        {
            // The function's own exception is what the user needs to see, not the reflection wrapper.
            ExceptionDispatchInfo.Capture(inner).Throw();
            throw;
        }

        return result is Return state ? state : Return.Success;
    }

    private static object? Argument(Profile profile, ParameterInfo parameter)
    {
        var name = parameter.Name!;
        if (!profile.Table.TryGetField(name, out var field))
        {
            if (parameter.HasDefaultValue)
            {
                return parameter.DefaultValue;
            }

            throw new DiagnosticException(Diagnostic.Error(
                DiagnosticCodes.ProfileValueError,
                profile.Table.Location,
                $"The profile table has no key '{name}', which the function's parameter needs (a {ProfileValueConverter.DescribeType(parameter.ParameterType)}). Add '{name} = ...' to the table or give the parameter a default value."));
        }

        if (ProfileValueConverter.TryConvert(field.Value.Raw, parameter.ParameterType, out var value))
        {
            return value;
        }

        throw new DiagnosticException(Diagnostic.Error(
            DiagnosticCodes.ProfileValueError,
            field.Value.Location,
            $"The key '{name}' holds a {ProfileValue.DescribeType(field.Value.Raw)}, but the function's parameter is a {ProfileValueConverter.DescribeType(parameter.ParameterType)}. Change the value to a {ProfileValueConverter.DescribeType(parameter.ParameterType)}."));
    }
}
