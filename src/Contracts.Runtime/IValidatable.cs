using System.Collections.Generic;

namespace Contracts;

/// <summary>A generated model that can check itself against its schema.</summary>
public interface IValidatable
{
    /// <summary>Every violation of the schema, nested values included; an empty list (no allocation) when valid.</summary>
    IReadOnlyList<ValidationError> Validate();
}
