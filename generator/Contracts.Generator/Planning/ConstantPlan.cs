namespace Contracts.Generator.Planning;

/// <summary>A public constant of a record (a limit or a default a UI can show): its C# type, name, literal and summary.</summary>
/// <param name="IsConst">False for values C# cannot make const (enum structs): those are static readonly.</param>
internal sealed record ConstantPlan(string TypeName, string Name, string Literal, string? Summary, bool IsConst = true);
