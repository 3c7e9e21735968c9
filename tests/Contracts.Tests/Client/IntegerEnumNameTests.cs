using System.Linq;
using System.Threading.Tasks;
using Contracts.Tests.Harness;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Contracts.Tests.Client;

/// <summary>
/// Integer enums named by x-enum-varnames (openapi-generator), x-enumNames (NSwag) and x-apifox-enum (Apifox) become
/// structs with named members, read and written as JSON numbers, unknown values kept; compiled and used over loopback.
/// </summary>
public sealed class IntegerEnumNameTests
{
    private const string Document = """
        {
          "openapi": "3.0.3",
          "info": { "title": "Orders", "version": "1" },
          "paths": {
            "/orders": { "get": { "operationId": "find", "parameters": [
              { "name": "state", "in": "query", "schema": { "$ref": "#/components/schemas/OrderState" } } ],
              "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Order" } } } } } } }
          },
          "components": { "schemas": {
            "OrderState": { "type": "integer", "enum": [ 1, 2, 3 ], "x-enum-varnames": [ "Created", "Paid", "Shipped" ], "x-enum-descriptions": [ "Just made", "Money in", "On its way" ] },
            "Payment": { "type": "integer", "enum": [ 0, 10 ], "x-enumNames": [ "Cash", "Card" ] },
            "Priority": { "type": "integer", "enum": [ -1, 5 ], "x-apifox-enum": [ { "value": -1, "name": "Low" }, { "value": 5, "name": "High", "description": "Urgent" } ] },
            "Order": { "type": "object", "required": [ "state" ], "properties": {
              "state": { "$ref": "#/components/schemas/OrderState" },
              "payment": { "$ref": "#/components/schemas/Payment" },
              "priority": { "$ref": "#/components/schemas/Priority" },
              "plain": { "type": "integer", "enum": [ 1, 2 ] } } }
          } }
        }
        """;

    private const string Probe = """
        using System.Threading.Tasks;
        using Orders;
        public static class Probe
        {
            public static async Task<string> Run(string baseAddress)
            {
                var client = new OrdersClient(new System.Net.Http.HttpClient { BaseAddress = new System.Uri(baseAddress) });
                var order = await client.FindAsync(state: OrderState.Shipped);
                var unknown = System.Text.Json.JsonSerializer.Deserialize("{\"state\":9}", OrdersJsonContext.Default.Order)!;
                int plain = order.Plain ?? 0;
                return string.Join("|",
                    order.State == OrderState.Paid, order.Payment == Payment.Card, order.Priority == Priority.Low, plain,
                    OrderState.Paid.Value, Payment.Cash.Value, Priority.High.Value, unknown.State.IsKnown, unknown.State.Value,
                    string.Join(";", unknown.Validate().Select(e => e.Path + " " + e.Keyword)),
                    System.Text.Json.JsonSerializer.Serialize(order, OrdersJsonContext.Default.Order),
                    string.Join(",", OrderState.KnownValues));
            }
        }
        """;

    [Fact]
    public async Task Integer_enums_get_their_names_from_each_extension()
    {
        await using var server = await LoopbackServer.StartAsync(_ => LoopbackResponse.Json(200, """{"state":2,"payment":10,"priority":-1,"plain":2}"""));
        var run = GeneratorHarness.Run(new[] { new SchemaInput("orders.openapi.json", Document, "Orders", "OrdersClient") }, new[] { "using System.Linq;\n" + Probe });
        using var compiled = run.Compile();

        var result = await (Task<string>)compiled.InvokeStatic("Probe", "Run", server.BaseAddress.ToString())!;

        Assert.Equal("True|True|True|2|2|0|5|False|9|/state enum|{\"state\":2,\"payment\":10,\"priority\":-1,\"plain\":2}|1,2,3", result);
        Assert.Equal("/orders?state=3", server.Requests.Single().PathAndQuery);
        Assert.Contains("Money in (2)", run.GeneratedSources.Single(s => s.Key.EndsWith("OrderState.g.cs", System.StringComparison.Ordinal)).Value);
        Assert.Empty(run.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void A_name_list_of_the_wrong_length_is_reported_and_used_as_far_as_it_goes()
    {
        var text = Document.Replace("\"x-enum-varnames\": [ \"Created\", \"Paid\", \"Shipped\" ]", "\"x-enum-varnames\": [ \"Created\", \"Paid\" ]");

        var run = GeneratorHarness.Run(new[] { new SchemaInput("orders.openapi.json", text, "Orders", "OrdersClient") });

        var finding = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "CTR2006");
        Assert.Contains("2 entries for 3 enum values", finding.GetMessage());
        var source = run.GeneratedSources.Single(s => s.Key.EndsWith("OrderState.g.cs", System.StringComparison.Ordinal)).Value;
        Assert.Contains("public static OrderState Paid { get; }", source);
        Assert.Contains("public static OrderState Value3 { get; }", source);
    }
    [Fact]
    public void Deprecated_enums_unions_and_envelope_methods_are_obsolete()
    {
        const string text = """
            {
              "openapi": "3.0.3",
              "info": { "title": "Old", "version": "1" },
              "paths": { "/old": { "get": { "operationId": "old", "deprecated": true, "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": {
                "type": "object", "properties": { "code": { "type": "integer" }, "msg": { "type": "string" }, "data": { "$ref": "#/components/schemas/Level" } } } } } } } } } },
              "components": { "schemas": {
                "Level": { "type": "integer", "enum": [ 1, 2 ], "x-enumNames": [ "Low", "High" ], "deprecated": true },
                "Colour": { "type": "string", "enum": [ "red" ], "deprecated": true },
                "Either": { "oneOf": [ { "type": "string" }, { "type": "integer" } ], "deprecated": true }
              } }
            }
            """;
        var run = GeneratorHarness.Run(new[] { new SchemaInput("old.openapi.json", text, "Old", "OldClient") });
        using var compiled = run.Compile();

        var obsolete = typeof(System.ObsoleteAttribute);
        Assert.All(new[] { "Old.Level", "Old.Colour", "Old.Either" }, name => Assert.True(compiled.GetType(name).IsDefined(obsolete, false), name));
        var client = compiled.GetType("Old.OldClient");
        Assert.True(client.GetMethod("OldAsync")!.IsDefined(obsolete, false));
        Assert.True(client.GetMethod("OldEnvelopeAsync")!.IsDefined(obsolete, false));
        Assert.Empty(run.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }
}
