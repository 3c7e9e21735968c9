using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Newtonsoft.Json;

namespace Contracts.Benchmarks.Json;

/// <summary>Settings for the reflection-based baselines, built once as any application would (metadata is cached in them).</summary>
public static class BaselineSettings
{
    /// <summary>System.Text.Json with reflection, same null handling as the source-generated context.</summary>
    public static readonly JsonSerializerOptions Reflection = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    /// <summary>Newtonsoft.Json leaving out null optional members, as the others do.</summary>
    public static readonly JsonSerializerSettings Newtonsoft = new() { NullValueHandling = NullValueHandling.Ignore };
}
