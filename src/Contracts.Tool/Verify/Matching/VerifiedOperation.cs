using Contracts.Generator.Model;
using Contracts.Generator.Planning;
using Contracts.Tool.Verify.Checking;

namespace Contracts.Tool.Verify.Matching;

/// <summary>
/// One operation of a schema file, with what checking it needs: the file as the user named it, the model (for places
/// and parameter schemas), the plan the generator would emit from, and the checker over that plan.
/// </summary>
internal sealed record VerifiedOperation(string File, Operation Operation, OperationPlan Plan, PlanChecker Checker, SchemaLookup Lookup)
{
    public string Name => Operation.Method + " " + Operation.Path;
}
