using System;

namespace Contracts.Generator.Reading;

/// <summary>
/// Header parameters the client sets itself (Accept and Content-Type from the media types), so no reader puts them in
/// the model. OpenAPI says the same of its header parameters. Authorization stays in the model: the planner leaves it
/// out of the method and says so (CTR5010), since credentials come from the security settings.
/// </summary>
internal static class ReservedHeaders
{
    public static bool Contains(string name)
        => string.Equals(name, "Accept", StringComparison.OrdinalIgnoreCase)
           || string.Equals(name, "Content-Type", StringComparison.OrdinalIgnoreCase);
}
