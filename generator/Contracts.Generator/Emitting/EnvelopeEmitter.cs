using System.Collections.Generic;
using Contracts.Generator.Helpers;
using Contracts.Generator.Planning;

namespace Contracts.Generator.Emitting;

/// <summary>
/// Prints the method of an operation whose success body is a business envelope: it calls the method that returns the
/// whole envelope, returns the data member when the code says success, and throws Contracts.BusinessException otherwise.
/// </summary>
internal static class EnvelopeEmitter
{
    /// <param name="signature">The parameters as declared, the same as the envelope method's.</param>
    public static void Emit(SourceWriter writer, OperationPlan operation, EnvelopePlan envelope, IReadOnlyList<string> signature)
    {
        var arguments = new List<string>();
        foreach (var declaration in signature) arguments.Add(ParameterName(declaration));
        writer.Line($"/// <inheritdoc cref=\"{envelope.RawMethodName}\"/>");
        writer.Line(envelope.DataMember is null
            ? $"/// <returns>The envelope, once its <c>{CSharpText.CommentText(envelope.CodeMember)}</c> says success.</returns>"
            : $"/// <returns>The <c>{CSharpText.CommentText(envelope.DataJsonName!)}</c> member of the envelope; <see cref=\"{envelope.RawMethodName}\"/> returns the whole envelope.</returns>");
        writer.Line("/// <exception cref=\"_Rt.BusinessException\">The envelope's code says the call failed; the exception carries the code, the message and the envelope.</exception>");
        if (operation.Deprecated) writer.Line(Obsolete.Attribute);
        writer.OpenBrace($"public async {Returns(envelope)} {operation.MethodName}({string.Join(", ", signature)})");
        writer.Line($"var __envelope = await {envelope.RawMethodName}({string.Join(", ", arguments)}).ConfigureAwait(false);");
        writer.Line($"if ({Success(envelope)}) return {(envelope.DataMember is null ? "__envelope" : "__envelope." + envelope.DataMember)};");
        var descriptor = OperationDescriptorEmitter.FieldName(operation with { MethodName = envelope.RawMethodName });
        var message = envelope.MessageMember is null ? "null" : $"_Rt.BusinessException.Text(__envelope.{envelope.MessageMember})";
        writer.Line($"throw new _Rt.BusinessException<{envelope.EnvelopeType.WithNullable(false).Name}>({descriptor}.DisplayName, _Rt.BusinessException.Text(__envelope.{envelope.CodeMember}) ?? \"null\", {message}, __envelope);");
        writer.CloseBrace();
    }

    /// <summary>The unwrapping method's return type.</summary>
    public static string Returns(EnvelopePlan envelope) => $"_Tasks.Task<{envelope.Result.Name}>";

    private static string Success(EnvelopePlan envelope)
    {
        var code = "__envelope." + envelope.CodeMember;
        if (envelope.CodeType.Kind == ValueKind.Enum) code += envelope.CodeType.Nullable ? "?.Value" : ".Value";
        return $"{code} is {string.Join(" or ", envelope.SuccessLiterals)}";
    }

    /// <summary>The parameter's name in a declaration such as <c>int limit = null</c>.</summary>
    private static string ParameterName(string declaration)
    {
        var end = declaration.IndexOf(" = ", System.StringComparison.Ordinal);
        var head = end < 0 ? declaration : declaration.Substring(0, end);
        return head.Substring(head.LastIndexOf(' ') + 1);
    }
}
