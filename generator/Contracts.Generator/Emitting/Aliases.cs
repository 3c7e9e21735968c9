namespace Contracts.Generator.Emitting;

/// <summary>
/// Short names for the namespaces generated code uses most, declared in each file that uses them, instead of
/// <c>global::</c> and the full namespace at every use (a tenth of the characters written).
/// </summary>
/// <remarks>
/// The aliases sit inside the file's namespace, so a user's type of the same name elsewhere never hides them. They
/// start with '_' and a letter, which no generated name does (names from a schema are PascalCase, or '_' and a digit), so
/// they meet no generated member either. Only a type of that very name declared in the generated namespace would clash.
/// </remarks>
internal static class Aliases
{
    /// <summary>The generated file's own namespace: generated types by their name.</summary>
    public const string Api = "_Api.";

    /// <summary>System.Text.Json.</summary>
    public const string Json = "_Json.";

    /// <summary>System.Collections.Generic.</summary>
    public const string Generic = "_Gen.";

    /// <summary>Contracts.Runtime's namespace.</summary>
    public const string Runtime = "_Rt.";

    /// <summary>System.</summary>
    public const string System = "_Sys.";

    /// <summary>System.Net.Http, which the client's requests and responses use.</summary>
    public const string Http = "_Http.";

    /// <summary>System.Threading.Tasks, which the client's methods return.</summary>
    public const string Tasks = "_Tasks.";

    /// <summary>System.Text.Json.Serialization.Metadata, which the JSON context's members use.</summary>
    public const string Metadata = "_Meta.";

    /// <summary>The type every violation goes through (Contracts.ValidationFailures).</summary>
    public const string Failures = "_Fail";

    /// <summary>The checks generated validation calls, one per member and keyword group (Contracts.ValidationChecks).</summary>
    public const string Checks = "_Check";

    /// <summary>A generated type of the file's namespace, by a name no member or nested type can hide.</summary>
    public static string OwnType(string name) => Api + name;

    /// <summary>Each alias's text in use and its declaration; <paramref name="ns"/> is the file's namespace.</summary>
    public static (string Use, string Declaration)[] Declarations(string ns) => new[]
    {
        (Api, "using _Api = global::" + ns + ";"),
        (Json, "using _Json = global::System.Text.Json;"),
        (Generic, "using _Gen = global::System.Collections.Generic;"),
        (Runtime, "using _Rt = global::Contracts;"),
        (System, "using _Sys = global::System;"),
        (Failures + ".", "using _Fail = global::Contracts.ValidationFailures;"),
        (Checks + ".", "using _Check = global::Contracts.ValidationChecks;"),
        (Http, "using _Http = global::System.Net.Http;"),
        (Tasks, "using _Tasks = global::System.Threading.Tasks;"),
        (Metadata, "using _Meta = global::System.Text.Json.Serialization.Metadata;"),
    };
}
