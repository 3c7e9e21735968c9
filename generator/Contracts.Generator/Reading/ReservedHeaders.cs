using System;

namespace Contracts.Generator.Reading;

/// <summary>
/// Header parameters the client sets itself (Authorization from its options, Accept and Content-Type from the media
/// types), so no reader puts them in the model. OpenAPI says the same of its header parameters.
/// </summary>
internal static class ReservedHeaders
{
    public static bool Contains(string name)
        => string.Equals(name, "Accept", StringComparison.OrdinalIgnoreCase)
           || string.Equals(name, "Content-Type", StringComparison.OrdinalIgnoreCase)
           || string.Equals(name, "Authorization", StringComparison.OrdinalIgnoreCase);
}
