namespace Contracts;

/// <summary>
/// How a parameter value is written on the wire: the OpenAPI <c>style</c> keyword. Which styles a location allows is
/// decided when the client is generated; <see cref="ParameterWriter"/> writes them.
/// </summary>
public enum ParameterStyle
{
    /// <summary><c>name=a,b</c> (or <c>name=a&amp;name=b</c> exploded): the query and cookie default.</summary>
    Form,

    /// <summary><c>name=a%20b</c>: query arrays and objects joined by spaces.</summary>
    SpaceDelimited,

    /// <summary><c>name=a|b</c>: query arrays and objects joined by pipes.</summary>
    PipeDelimited,

    /// <summary><c>name[key]=value</c>: query objects, one pair per member.</summary>
    DeepObject,

    /// <summary><c>a,b</c>: the path and header default.</summary>
    Simple,

    /// <summary><c>.a.b</c> or <c>.a,b</c>: path values after a dot.</summary>
    Label,

    /// <summary><c>;name=a,b</c> or <c>;name=a;name=b</c>: path values as matrix parameters.</summary>
    Matrix,
}
