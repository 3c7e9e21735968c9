namespace Contracts.Generator;

/// <summary>Names of the pipeline steps, so tests can check which ones were cached.</summary>
internal static class TrackingNames
{
    public const string Input = "Contracts.Input";
    public const string Emit = "Contracts.Emit";
    public const string Environment = "Contracts.Environment";
    public const string Features = "Contracts.Features";
    public const string ClientExtras = "Contracts.ClientExtras";
}
