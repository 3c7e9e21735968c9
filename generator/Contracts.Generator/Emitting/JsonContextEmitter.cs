using Contracts.Generator.Helpers;
using Contracts.Generator.Planning;

namespace Contracts.Generator.Emitting;

/// <summary>
/// Emits the JsonSerializerContext for one schema file. Its JsonTypeInfo values wrap our generated converters
/// (value metadata), because the System.Text.Json generator cannot see types another generator writes.
/// </summary>
internal static class JsonContextEmitter
{
    /// <summary>The context's private method that reads a type's metadata from its options, cast to the type's.</summary>
    public const string TypeInfoMethod = "TypeInfoOf";

    public static string Emit(FileLookups context)
    {
        var file = context.File;
        var writer = SourceHeader.Start(file.FilePath, file.Namespace);
        var name = file.ContextName;
        writer.Line("/// <summary>");
        writer.Line("/// System.Text.Json metadata for every type generated from " + CSharpText.CommentText(System.IO.Path.GetFileName(file.FilePath)) + ", with no reflection:");
        writer.Line("/// pass <see cref=\"Default\"/> or one of its properties to <see cref=\"_Json.JsonSerializer\"/>, or combine it");
        writer.Line("/// with other resolvers through <c>JsonTypeInfoResolver.Combine</c>.");
        writer.Line("/// </summary>");
        writer.Line(SourceHeader.GeneratedCodeAttribute);
        writer.OpenBrace($"public sealed partial class {name} : _Json.Serialization.JsonSerializerContext, _Meta.IJsonTypeInfoResolver");
        writer.Line("private static readonly _Json.JsonSerializerOptions s_defaultOptions = new();");
        writer.Line();
        writer.Line("/// <summary>The context over default options.</summary>");
        writer.Line($"public static {name} Default {{ get; }} = new {name}(new _Json.JsonSerializerOptions(s_defaultOptions));");
        writer.Line();
        writer.Line("/// <summary>Creates a context with no options of its own yet.</summary>");
        writer.Line($"public {name}() : base(null) {{ }}");
        writer.Line();
        writer.Line("/// <summary>Creates a context bound to <paramref name=\"options\"/>.</summary>");
        writer.Line($"public {name}(_Json.JsonSerializerOptions options) : base(options) {{ }}");
        writer.Line();
        writer.Line("/// <inheritdoc />");
        writer.Line("protected override _Json.JsonSerializerOptions? GeneratedSerializerOptions { get; } = s_defaultOptions;");
        writer.Line();

        var index = 0;
        var names = context.ContextProperties;
        foreach (var pair in names)
        {
            EmitTypeInfoProperty(writer, pair.Value, pair.Key, index++);
        }
        writer.Line();

        writer.Line("/// <inheritdoc />");
        writer.OpenBrace("public override _Meta.JsonTypeInfo? GetTypeInfo(_Sys.Type type)");
        writer.Line("Options.TryGetTypeInfo(type, out var typeInfo);");
        writer.Line("return typeInfo;");
        writer.CloseBrace();
        writer.Line();
        writer.OpenBrace("_Meta.JsonTypeInfo? _Meta.IJsonTypeInfoResolver.GetTypeInfo(_Sys.Type type, _Json.JsonSerializerOptions options)");
        foreach (var type in names.Keys)
        {
            EmitResolve(writer, type);
        }
        writer.Line("return null;");
        writer.CloseBrace();
        writer.Line();
        writer.Line($"private _Meta.JsonTypeInfo<T> {TypeInfoMethod}<T>() => (_Meta.JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));");
        writer.Line();
        writer.OpenBrace("private _Meta.JsonTypeInfo<T> Create<T>(_Json.JsonSerializerOptions options, _Json.Serialization.JsonConverter<T> converter)");
        writer.Line("var typeInfo = _Meta.JsonMetadataServices.CreateValueInfo<T>(options, converter);");
        writer.Line("typeInfo.OriginatingResolver = this;");
        writer.Line("return typeInfo;");
        writer.CloseBrace();
        writer.CloseBrace();
        return writer.ToString();
    }

    /// <summary>The property, cached in its field (the serializer asks for it on every call), with no doc that would only repeat its name.</summary>
    private static void EmitTypeInfoProperty(Helpers.SourceWriter writer, string propertyName, TypeRef type, int index)
    {
        var field = "_typeInfo" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
        writer.Line($"private _Meta.JsonTypeInfo<{type.Name}>? {field};");
        writer.Line($"public _Meta.JsonTypeInfo<{type.Name}> {propertyName} => {field} ??= {TypeInfoMethod}<{type.Name}>();");
    }

    private static void EmitResolve(Helpers.SourceWriter writer, TypeRef type)
        => writer.Line($"if (type == typeof({type.Name})) return Create<{type.Name}>(options, {JsonReadWriteCode.Converter(type)});");
}
