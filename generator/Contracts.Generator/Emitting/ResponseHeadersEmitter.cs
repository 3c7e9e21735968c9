using Contracts.Generator.Helpers;
using Contracts.Generator.Planning;

namespace Contracts.Generator.Emitting;

/// <summary>Emits the class that holds the headers an operation's successes declare, typed, with the reader the exchange calls.</summary>
internal static class ResponseHeadersEmitter
{
    private const string Values = "_Rt.ResponseHeaderValues";

    public static string Emit(FilePlan file, ResponseHeadersPlan headers)
    {
        var writer = SourceHeader.Start(file.FilePath, file.Namespace);
        DocComments.Summary(writer, $"The headers a success of {file.ClientName}.{headers.MethodName} declares; null where the server left one out or sent another type.");
        writer.Line(SourceHeader.GeneratedCodeAttribute);
        writer.OpenBrace($"public sealed class {headers.ClassName}");
        foreach (var header in headers.Headers)
        {
            var about = string.IsNullOrWhiteSpace(header.Description) ? "" : " " + string.Join(" ", CSharpText.XmlDocLines(header.Description!));
            writer.Line($"/// <summary><c>{CSharpText.CommentText(header.WireName)}</c>.{about}</summary>");
            writer.Line($"public {header.Type.Name} {header.PropertyName} {{ get; init; }}");
            writer.Line();
        }
        writer.Line("/// <summary>Reads the declared headers from a response.</summary>");
        writer.OpenBrace($"internal static {headers.ClassName} Read(_Http.HttpResponseMessage response) => new()");
        foreach (var header in headers.Headers)
        {
            writer.Line($"{header.PropertyName} = {Values}.{Reader(header.Type)}(response, {CSharpText.StringLiteral(header.WireName)}),");
        }
        writer.CloseBrace(";");
        writer.CloseBrace();
        return writer.ToString();
    }

    private static string Reader(TypeRef type) => type.Kind switch
    {
        ValueKind.Int32 => "Int32",
        ValueKind.Int64 => "Int64",
        ValueKind.Double => "Double",
        ValueKind.Boolean => "Boolean",
        ValueKind.DateTimeOffset => "DateTimeOffset",
        ValueKind.Guid => "Guid",
        _ => "Text",
    };
}
