using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Contracts.Tests.Seed;
using Contracts.Tests.Tool;
using Xunit;

namespace Contracts.Tests.Verify;

/// <summary>`contracts verify` on recordings built from the seed page's own examples, run in-process as a user would type it.</summary>
public sealed class VerifyCommandTests : IDisposable
{
    private const string Create = "https://relay.example.com/relay/replicate/v1/predictions";

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static string Seed => RepositoryFiles.SeedSchema;

    private static string RequestExample => SeedExamples.RequestExample;

    private static string ResponseExample => SeedExamples.ResponseExample("成功示例");

    private static string WithMember(string json, string pointer, JsonNode? value)
    {
        var root = JsonNode.Parse(json)!;
        var parts = pointer.Trim('/').Split('/');
        var owner = root;
        foreach (var part in parts.SkipLast(1)) owner = owner[part]!;
        owner.AsObject()[parts[^1]] = value;
        return root.ToJsonString();
    }

    private string Save(HarRecording recording) => _temp.Write("session.har", recording.ToJson());

    private static ToolRun Verify(string har, params string[] extra) => ToolRun.Of(new[] { "verify", Seed, "--har", har }.Concat(extra).ToArray());

    /// <summary>The one-based line of the first line at or after <paramref name="after"/> that holds <paramref name="text"/>.</summary>
    private static int LineOf(string text, string after)
    {
        var lines = File.ReadAllLines(Seed);
        var start = Array.FindIndex(lines, line => line.Contains(after, StringComparison.Ordinal));
        return Array.FindIndex(lines, start, line => line.Contains(text, StringComparison.Ordinal)) + 1;
    }

    [Fact]
    public void Clean_traffic_from_the_seed_examples_exits_0()
    {
        var har = Save(new HarRecording().Add("POST", Create, RequestExample, 200, ResponseExample));

        var run = Verify(har);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("no violations in 1 entry: 1 matched, 0 unmatched", run.Output);
    }

    [Fact]
    public void A_request_out_of_the_prose_range_exits_1_with_its_pointer_and_the_description_that_states_the_limit()
    {
        var request = WithMember(RequestExample, "/input/num_outputs", 9);
        var har = Save(new HarRecording().Add("POST", Create, request, 200, ResponseExample));

        var run = Verify(har);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("request body /input/num_outputs: must be at most 8 (was 9).", run.Output);
        Assert.Contains($"expected 8, actual 9; stated in the description at {Seed}:{LineOf("最大值:8", "请求体")}:", run.Output);
        Assert.Contains("#0 2025-07-12T07:27:54.000Z POST " + Create, run.Output);
        Assert.Contains("1 violation in 1 entry", run.Output);
    }

    [Fact]
    public void A_response_member_of_the_wrong_type_exits_1_with_its_place_in_the_response_schema()
    {
        var response = WithMember(ResponseExample, "/data_removed", "no");
        var har = Save(new HarRecording().Add("POST", Create, RequestExample, 200, response));

        var run = Verify(har, "--format", "json");

        Assert.True(run.ExitCode == 1, run.ToString());
        using var report = JsonDocument.Parse(run.Output);
        var violation = Assert.Single(report.RootElement.GetProperty("violations").EnumerateArray());
        Assert.Equal("response 200 body", violation.GetProperty("part").GetString());
        Assert.Equal("/data_removed", violation.GetProperty("pointer").GetString());
        Assert.Equal("type", violation.GetProperty("keyword").GetString());
        Assert.Equal("boolean", violation.GetProperty("expected").GetString());
        Assert.Equal("string", violation.GetProperty("actual").GetString());
        Assert.Equal("keyword", violation.GetProperty("origin").GetString());
        Assert.Equal(LineOf("\"data_removed\"", "响应"), violation.GetProperty("location").GetProperty("line").GetInt32());
    }

    [Fact]
    public void The_seed_own_mistaken_response_example_is_reported()
    {
        // The page's first response example is of another API (OpenAI images): every required member is missing.
        var har = Save(new HarRecording().Add("POST", Create, RequestExample, 200, SeedExamples.ResponseExample("Create image")));

        var run = Verify(har, "--format", "json");

        Assert.True(run.ExitCode == 1, run.ToString());
        using var report = JsonDocument.Parse(run.Output);
        var keywords = report.RootElement.GetProperty("violations").EnumerateArray().Select(v => (v.GetProperty("pointer").GetString(), v.GetProperty("keyword").GetString())).ToList();
        Assert.Contains(("/id", "required"), keywords);
        Assert.Contains(("/urls", "required"), keywords);
    }

    [Fact]
    public void An_unknown_path_is_counted_and_listed_with_unmatched_and_does_not_fail()
    {
        var har = Save(new HarRecording()
            .Add("POST", Create, RequestExample, 200, ResponseExample)
            .Add("GET", "https://relay.example.com/files/pred1/out-0.png", null, 200, "PNG", "image/png")
            .Add("DELETE", Create, null, 405, """{"detail":"Method not allowed."}"""));

        var counted = Verify(har);
        var listed = Verify(har, "--unmatched");

        Assert.True(counted.ExitCode == 0, counted.ToString());
        Assert.Contains("no violations in 3 entries: 1 matched, 2 unmatched (--unmatched lists them)", counted.Output);
        Assert.DoesNotContain("out-0.png", counted.Output);
        Assert.Contains("#1 2025-07-12T07:27:55.000Z GET https://relay.example.com/files/pred1/out-0.png: no operation on this path", listed.Output);
        Assert.Contains("#2 2025-07-12T07:27:56.000Z DELETE " + Create + ": no DELETE operation on this path", listed.Output);
    }

    [Fact]
    public void Base_path_must_prefix_every_matched_path()
    {
        var har = Save(new HarRecording().Add("POST", Create, WithMember(RequestExample, "/input/num_outputs", 9), 200, ResponseExample));

        var right = Verify(har, "--base-path", "/relay");
        var wrong = Verify(har, "--base-path", "/api", "--unmatched");

        Assert.True(right.ExitCode == 1, right.ToString());
        Assert.Contains("/input/num_outputs", right.Output);
        Assert.True(wrong.ExitCode == 0, wrong.ToString());
        Assert.Contains("outside --base-path /api", wrong.Output);
    }

    [Fact]
    public void Base64_bodies_are_decoded_and_checked()
    {
        var request = WithMember(RequestExample, "/input/num_inference_steps", 501);
        var har = Save(new HarRecording().Add("POST", Create, request, 200, ResponseExample, base64: true));

        var run = Verify(har);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("request body /input/num_inference_steps: must be at most 500 (was 501).", run.Output);
    }

    [Fact]
    public void A_body_that_is_not_JSON_is_skipped_with_a_note()
    {
        var har = Save(new HarRecording().Add("POST", Create, RequestExample, 200, "<html>Bad gateway</html>", "text/html"));

        var run = Verify(har);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("response 200 body is text/html, not JSON: not checked", run.Output);
        Assert.Contains("1 part not checked", run.Output);
    }

    [Theory]
    [InlineData(64, "")]
    [InlineData(65, "is nested deeper than 64 levels, the most the generated client reads (line 1 of the body).")]
    [InlineData(-1, "is not valid JSON (line 1 of the body).")]
    public void A_body_nested_deeper_than_the_client_reads_is_told_apart_from_one_that_is_not_JSON(int depth, string finding)
    {
        // The any-JSON member /output takes whatever it is given, so only the nesting decides: 64 levels are read, 65 refused.
        var response = depth < 0
            ? "{\"id\": "
            : WithMember(ResponseExample, "/output", "NESTED").Replace("\"NESTED\"", new string('[', depth - 1) + new string(']', depth - 1));
        var har = Save(new HarRecording().Add("POST", Create, RequestExample, 200, response));

        var run = Verify(har);

        Assert.True(run.ExitCode == (finding.Length == 0 ? 0 : 1), run.ToString());
        if (finding.Length > 0) Assert.True(run.Output.Contains("response 200 body /: " + finding, System.StringComparison.Ordinal), run.ToString());
        else Assert.DoesNotContain("nested", run.Output);
    }

    [Fact]
    public void A_status_the_operation_does_not_declare_is_noted_not_checked()
    {
        var har = Save(new HarRecording().Add("POST", Create, RequestExample, 201, """{"anything":1}"""));

        var run = Verify(har);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("response 201 not declared by POST /replicate/v1/predictions: its body is not checked", run.Output);
    }

    [Fact]
    public void A_truncated_recording_exits_2_and_says_so()
    {
        var whole = new HarRecording().Add("POST", Create, RequestExample, 200, ResponseExample).Add("POST", Create, RequestExample, 200, ResponseExample).ToJson();
        var har = _temp.Write("cut.har", whole.Substring(0, whole.Length * 2 / 3));

        var run = Verify(har);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("the recording is truncated", run.Error);
        Assert.Contains("nothing was checked", run.Error);
        Assert.Empty(run.Output);
    }

    [Theory]
    [InlineData("{\"log\": {\"entries\": [}}", "not valid JSON at line 1")]
    [InlineData("{\"entries\": []}", "no \"log\" object")]
    [InlineData("[1, 2]", "no \"log\" object")]
    public void A_file_that_is_not_a_recording_exits_2(string text, string expected)
    {
        var run = Verify(_temp.Write("bad.har", text));

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains(expected, run.Error);
    }

    [Fact]
    public void Missing_inputs_and_bad_options_exit_2()
    {
        var har = Save(new HarRecording());

        Assert.Equal(2, Verify(_temp.Combine("absent.har")).ExitCode);
        Assert.Equal(2, ToolRun.Of("verify", _temp.Combine("absent.json"), "--har", har).ExitCode);
        Assert.Equal(2, ToolRun.Of("verify", Seed).ExitCode);
        Assert.Equal(2, Verify(har, "--format", "xml").ExitCode);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("markdown")]
    [InlineData("json")]
    [InlineData("sarif")]
    [InlineData("github")]
    public void Secrets_in_headers_cookies_query_and_user_info_are_never_echoed(string format)
    {
        const string token = "r8_live_9f8e7d6c5b4a";
        var request = WithMember(RequestExample, "/input/num_outputs", 0);
        var har = Save(new HarRecording().Add("POST", $"https://user:{token}@relay.example.com/relay/replicate/v1/predictions?api_key={token}&access_token={token}&page=2",
            request, 200, ResponseExample, requestHeaders: new[] { ("Authorization", "Bearer " + token), ("Cookie", "session=" + token) }));

        var run = Verify(har, "--format", format, "--unmatched");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.DoesNotContain(token, run.Output + run.Error);
        Assert.Contains("api_key=REDACTED", run.Output);
        Assert.Contains("page=2", run.Output);
    }

    [Fact]
    public void Json_output_is_valid_JSON_with_counts()
    {
        var har = Save(new HarRecording().Add("POST", Create, WithMember(RequestExample, "/input/num_outputs", 9), 200, ResponseExample)
            .Add("GET", "https://relay.example.com/health", null, 200, "{}"));

        var run = Verify(har, "--format", "json");

        using var report = JsonDocument.Parse(run.Output);
        Assert.Equal(2, report.RootElement.GetProperty("entries").GetInt32());
        Assert.Equal(1, report.RootElement.GetProperty("matched").GetInt32());
        Assert.True(report.RootElement.GetProperty("fails").GetBoolean());
        Assert.Equal("/health", new Uri(Assert.Single(report.RootElement.GetProperty("unmatched").EnumerateArray()).GetProperty("url").GetString()!).AbsolutePath);
        var violation = Assert.Single(report.RootElement.GetProperty("violations").EnumerateArray());
        Assert.Equal("description", violation.GetProperty("origin").GetString());
        Assert.Equal("2025-07-12T07:27:54.000Z", violation.GetProperty("startedDateTime").GetString());
    }

    [Fact]
    public void Sarif_output_has_the_shape_the_2_1_0_schema_requires()
    {
        var har = Save(new HarRecording().Add("POST", Create, WithMember(RequestExample, "/input/num_outputs", 9), 200, WithMember(ResponseExample, "/logs", 3)));

        var run = Verify(har, "--format", "sarif");

        Assert.True(run.ExitCode == 1, run.ToString());
        using var sarif = JsonDocument.Parse(run.Output);
        var root = sarif.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.StartsWith("https://", root.GetProperty("$schema").GetString());
        var runElement = Assert.Single(root.GetProperty("runs").EnumerateArray());
        var driver = runElement.GetProperty("tool").GetProperty("driver");
        Assert.Equal("contracts-verify", driver.GetProperty("name").GetString());
        var ruleIds = driver.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Equal(new[] { "traffic-maximum", "traffic-type" }, ruleIds);
        var results = runElement.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(2, results.Count);
        foreach (var result in results)
        {
            Assert.Equal(ruleIds[result.GetProperty("ruleIndex").GetInt32()], result.GetProperty("ruleId").GetString());
            Assert.Equal("error", result.GetProperty("level").GetString());
            Assert.False(string.IsNullOrEmpty(result.GetProperty("message").GetProperty("text").GetString()));
            var physical = Assert.Single(result.GetProperty("locations").EnumerateArray()).GetProperty("physicalLocation");
            Assert.EndsWith("replicate-create-prediction.apifox.txt", physical.GetProperty("artifactLocation").GetProperty("uri").GetString());
            Assert.True(physical.GetProperty("region").GetProperty("startLine").GetInt32() >= 1);
            Assert.True(physical.GetProperty("region").GetProperty("startColumn").GetInt32() >= 1);
        }
    }

    [Fact]
    public void GitHub_annotations_are_one_line_each_and_markdown_is_a_table()
    {
        var har = Save(new HarRecording().Add("POST", Create, WithMember(RequestExample, "/input/num_outputs", 9), 200, ResponseExample));

        var github = Verify(har, "--format", "github").Output.TrimEnd('\n').Split('\n');
        var markdown = Verify(har, "--format", "markdown").Output;

        Assert.Matches(@"^::error file=[^,]+,line=\d+,col=\d+,title=traffic-maximum::entry 0 POST .+/input/num_outputs: must be at most 8 \(was 9\)\.$", github[0]);
        Assert.Equal("1 violation in 1 entry: 1 matched, 0 unmatched", github[^1]);
        Assert.Contains("| Entry | Request | Part | Pointer | Keyword | Expected | Actual | Schema |", markdown);
        Assert.Contains("| `/input/num_outputs` | maximum | `8` | `9` |", markdown);
    }

    [Fact]
    public void Output_file_gets_the_report_and_stdout_the_summary()
    {
        var har = Save(new HarRecording().Add("POST", Create, RequestExample, 200, ResponseExample));
        var reportPath = _temp.Combine("out", "report.sarif");

        var run = Verify(har, "--format", "sarif", "--output", reportPath);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("report written to " + reportPath, run.Output);
        using var sarif = JsonDocument.Parse(File.ReadAllText(reportPath));
        Assert.Empty(sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray());
    }

    [Fact]
    public void The_README_example_is_what_the_command_prints()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "README.md")).Replace("\r\n", "\n");
        const string command = "contracts verify schemas/replicate-create-prediction.apifox.txt --har session.har\n\n#0";
        var start = readme.IndexOf("```\n" + command, StringComparison.Ordinal) + 4;
        var documented = readme.Substring(start, readme.IndexOf("```", start, StringComparison.Ordinal) - start);
        var har = Save(new HarRecording()
            .Add("POST", Create + "?api_key=r8_secret_in_the_url&x=1", WithMember(RequestExample, "/input/num_outputs", 9), 200, WithMember(ResponseExample, "/data_removed", "no"))
            .Add("GET", "https://relay.example.com/other", null, 200, "<html></html>", "text/html"));

        var run = Verify(har);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(documented, run.Output.Replace(Seed, "schemas/replicate-create-prediction.apifox.txt").Replace(har, "session.har"));
    }

    [Theory]
    [InlineData("""{"log": {"entries": [{"request": {"method": "POST", "url": "/relay/replicate/v1/predictions"}, "response": {"status": "200", "content": {"text": "{}", "encoding": "base64"}}}]}}""")]
    [InlineData("""{"log": {"entries": [{"request": {"method": "POST", "url": "https://x/replicate/v1/predictions", "postData": {"mimeType": "application/json", "text": "{\"input\": "}}, "response": {"status": 200, "content": {"mimeType": "application/json", "text": "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]"}}}]}}""")]
    [InlineData("""{"log": {"entries": [{"request": {"method": "get", "url": "::not a url::", "headers": [1, {"name": 2}], "queryString": "x"}}, 7]}}""")]
    [InlineData("""{"log": {"entries": [{"request": {"method": "POST", "url": "https://x/replicate/v1/predictions", "postData": {"mimeType": "application/json", "text": "null"}}, "response": {"status": 200, "content": {"mimeType": "application/json", "text": "\"text\""}}}]}}""")]
    public void Odd_recordings_get_an_exit_code_never_an_exception(string text)
    {
        var run = Verify(_temp.Write("odd.har", text), "--unmatched");

        Assert.Contains(run.ExitCode, new[] { 0, 1, 2 });
        Assert.False(run.ExitCode == 2 && run.Error.Length == 0, run.ToString());
    }

    [Fact]
    public void Path_query_and_header_parameters_are_read_as_their_types_and_checked()
    {
        var schema = _temp.Write("pets.openapi.json", """
            {"openapi": "3.0.3", "info": {"title": "Pets", "version": "1"},
             "paths": {"/pets/{petId}": {"get": {
               "parameters": [
                 {"name": "petId", "in": "path", "required": true, "schema": {"type": "integer", "minimum": 1}},
                 {"name": "limit", "in": "query", "required": true, "schema": {"type": "integer", "maximum": 50}},
                 {"name": "X-Mode", "in": "header", "schema": {"type": "string", "enum": ["fast", "slow"]}},
                 {"name": "X-Api-Key", "in": "header", "schema": {"type": "string", "pattern": "^k_"}}
               ],
               "responses": {"2XX": {"description": "ok", "content": {"application/json": {"schema": {"type": "object", "properties": {"name": {"type": "string"}}}}}}}}}}}
            """);
        var har = Save(new HarRecording()
            .Add("GET", "https://api.example.com/v1/pets/7?limit=20", null, 200, """{"name": "Rex"}""", requestHeaders: new[] { ("X-Mode", "fast") })
            .Add("GET", "https://api.example.com/v1/pets/0?limit=51", null, 206, """{"name": 5}""", requestHeaders: new[] { ("X-Mode", "turbo"), ("X-Api-Key", "live_secret_123") })
            .Add("GET", "https://api.example.com/v1/pets/abc", null, 200, """{"name": "Rex"}"""));

        var run = ToolRun.Of("verify", schema, "--har", har, "--base-path", "/v1", "--format", "json");

        Assert.True(run.ExitCode == 1, run.ToString());
        using var report = JsonDocument.Parse(run.Output);
        var found = report.RootElement.GetProperty("violations").EnumerateArray()
            .Select(v => $"{v.GetProperty("entry").GetInt32()} {v.GetProperty("part").GetString()} {v.GetProperty("keyword").GetString()} {v.GetProperty("actual").GetString()}")
            .ToList();
        Assert.Equal(new[]
        {
            "1 path parameter petId minimum 0",
            "1 query parameter limit maximum 51",
            "1 header parameter X-Mode enum \"turbo\"",
            "1 header parameter X-Api-Key pattern REDACTED",
            "1 response 206 body type integer",
            "2 path parameter petId type string",
            "2 query parameter limit required ",
        }, found);
        Assert.DoesNotContain("live_secret_123", run.Output);
    }

    [Fact]
    public void A_YAML_description_is_read_as_a_build_reads_it_with_places_at_its_own_lines()
    {
        var schema = _temp.Write("pets.openapi.yaml", """
            openapi: 3.0.3
            info: {title: Pets, version: "1"}
            paths:
              /pets:
                post:
                  requestBody:
                    content:
                      application/json:
                        schema:
                          type: object
                          properties:
                            age:
                              type: integer
                              maximum: 30
                  responses:
                    "201": {description: created}
            """);
        var har = Save(new HarRecording().Add("POST", "https://api.example.com/pets", """{"age": 31}""", 201, null));

        var run = ToolRun.Of("verify", schema, "--har", har);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("request body /age: must be at most 30 (was 31).", run.Output);
        Assert.Contains($"schema at {schema}:13:", run.Output);
    }
}
