using System.Collections.Generic;
using Contracts.Generator.Helpers;
using Contracts.Generator.Planning;

namespace Contracts.Generator.Emitting;

/// <summary>The members of an interface being collected while its class is emitted.</summary>
internal sealed class InterfaceMembers
{
    public InterfaceMembers(string className) => ClassName = className;

    /// <summary>The implementing class, as a cref from where the interface is declared.</summary>
    public string ClassName { get; }

    public List<string> Members { get; } = new();
}

/// <summary>
/// Emits <c>I{Client}</c> and one interface per folder, with the same methods (defaults included) as the classes that
/// implement them, so callers can depend on the interface and tests can fake it.
/// </summary>
internal static class InterfaceEmitter
{
    public static void AddMethod(InterfaceMembers members, OperationPlan operation, string returns, string parameters)
    {
        var attribute = operation.Deprecated ? Obsolete.Attribute + "\n" : "";
        members.Members.Add($"/// <inheritdoc cref=\"{members.ClassName}.{operation.MethodName}\"/>\n{attribute}{returns} {operation.MethodName}({parameters});");
    }

    /// <summary>The folder's property on the client interface, typed as the folder's interface, and its explicit implementation on the client.</summary>
    public static void AddFolderProperty(SourceWriter writer, InterfaceMembers members, FilePlan file, FolderPlan folder)
    {
        members.Members.Add($"/// <summary>Operations in the folder <c>{CSharpText.CommentText(folder.Folder)}</c>.</summary>\n{file.ClientName}.{folder.InterfaceName} {folder.PropertyName} {{ get; }}");
        writer.Line();
        writer.Line($"{folder.InterfaceName} {file.InterfaceName}.{folder.PropertyName} => {folder.PropertyName};");
    }

    /// <summary>Writes the interface (the client's after the client class, a folder's nested in the client after the folder's class).</summary>
    public static void Emit(SourceWriter writer, string name, string implementedBy, InterfaceMembers members)
    {
        writer.Line($"/// <summary>The operations of {implementedBy}, to depend on and to fake in tests.</summary>");
        writer.Line(SourceHeader.GeneratedCodeAttribute);
        writer.OpenBrace($"public partial interface {name}");
        for (var i = 0; i < members.Members.Count; i++)
        {
            if (i > 0) writer.Line();
            foreach (var line in members.Members[i].Split('\n')) writer.Line(line);
        }
        writer.CloseBrace();
    }
}
