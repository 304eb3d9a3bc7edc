using System.Text.Json.Serialization;

namespace Tasker.Isolation;

/// <summary>
/// Source-generated serialization of the host protocol: no reflection at start-up (the host's start is on the
/// build's critical path) and the same code in the .NET and .NET Framework builds of the task.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, IgnoreReadOnlyProperties = true)]
[JsonSerializable(typeof(HostRequest))]
[JsonSerializable(typeof(HostEvent))]
internal sealed partial class HostProtocolContext : JsonSerializerContext;
