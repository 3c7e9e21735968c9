namespace Contracts.Generator.Emitting;

/// <summary>The attribute printed on operations, types and members the API description marks deprecated.</summary>
internal static class Obsolete
{
    public const string Attribute = "[_Sys.Obsolete(\"Deprecated in the API description.\")]";
}
