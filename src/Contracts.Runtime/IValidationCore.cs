using System.Collections.Generic;
using System.ComponentModel;

namespace Contracts;

/// <summary>
/// The one validation pass a generated model runs, for itself and for the models it holds. Generated code implements it
/// explicitly; call <see cref="IValidatable.Validate"/> instead.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public interface IValidationCore
{
    /// <summary>
    /// Checks the value. With no <paramref name="errors"/> list it stops at the first violation and answers false (it builds
    /// no paths and allocates nothing); with a list it adds every violation, each under <paramref name="path"/>, and answers true.
    /// </summary>
    /// <param name="errors">Where violations go, or null to ask only whether the value is valid.</param>
    /// <param name="path">The value's JSON Pointer; used only with a list.</param>
    /// <returns>False to stop (only ever without a list): the value is invalid.</returns>
    bool ValidateCore(List<ValidationError>? errors, string? path);
}
