using System.IO;
using System.Linq;
using Xunit;

namespace Contracts.Tests.Tool;

public sealed class GenerateCommandTests
{
    private static readonly string[] SeedFiles =
    {
        "ReplicateCreatePrediction.PostPredictionsRequest.g.cs",
        "ReplicateCreatePrediction.PostPredictionsRequestInput.g.cs",
        "ReplicateCreatePrediction.PostPredictionsResponse.g.cs",
        "ReplicateCreatePrediction.PostPredictionsResponseInput.g.cs",
        "ReplicateCreatePrediction.PostPredictionsResponseUrls.g.cs",
        "ReplicateCreatePrediction.ReplicateCreatePredictionClient.g.cs",
        "ReplicateCreatePrediction.ReplicateCreatePredictionJsonContext.g.cs",
    };

    [Fact]
    public void The_seed_generates_its_seven_files_and_prints_its_four_warnings_where_editors_can_jump()
    {
        using var temp = new TempFolder();
        var seed = RepositoryFiles.SeedSchema;
        var output = temp.Combine("generated");

        var run = ToolRun.Of("generate", seed, "--out", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal($"Generated 7 files from 1 schema files into {output}\n", run.Output);
        var folder = Path.Combine(output, "replicate-create-prediction");
        Assert.Equal(SeedFiles, Directory.GetFiles(folder).Select(Path.GetFileName).OrderBy(n => n, System.StringComparer.Ordinal));
        Assert.Contains("namespace Contracts.ReplicateCreatePrediction;", File.ReadAllText(Path.Combine(folder, SeedFiles[5])));
        Assert.Collection(run.ErrorLines,
            line => Assert.StartsWith(seed + "(30,5): info CTR5010: POST /replicate/v1/predictions declares an 'Authorization' header parameter", line),
            line => Assert.StartsWith(seed + "(102,16): warning CTR2003: Example 'example 1' has member '/version'", line),
            line => Assert.StartsWith(seed + "(165,19): warning CTR2001: '/output' is declared as type \"null\"", line),
            line => Assert.StartsWith(seed + "(171,19): warning CTR2001: '/error'", line),
            line => Assert.StartsWith(seed + "(231,13): warning CTR2002: Example 'Create image' does not match its schema", line));
    }

    [Fact]
    public void Options_set_the_namespace_and_client_name()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("generated");

        var run = ToolRun.Of("generate", RepositoryFiles.SeedSchema, "--out", output, "--namespace", "Acme.Replicate", "--client-name", "ReplicateClient");

        Assert.True(run.ExitCode == 0, run.ToString());
        var client = File.ReadAllText(Path.Combine(output, "replicate-create-prediction", "ReplicateCreatePrediction.ReplicateClient.g.cs"));
        Assert.Contains("namespace Acme.Replicate;", client);
        Assert.Contains("class ReplicateClient", client);
    }

    [Fact]
    public void A_folder_is_read_recursively_and_files_that_are_not_api_descriptions_are_skipped()
    {
        using var temp = new TempFolder();
        File.Copy(RepositoryFiles.SeedSchema, temp.Write("schemas/nested/replicate-create-prediction.apifox.txt", ""), overwrite: true);
        temp.Write("schemas/notes.txt", "Remember to ask for an API key.\n");
        temp.Write("schemas/ci.yml", "on: push\njobs: {}\n");
        var output = temp.Combine("generated");

        var run = ToolRun.Of("generate", temp.Combine("schemas"), "--out", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("Generated 7 files from 1 schema files", run.Output);
        Assert.Equal(new[] { "replicate-create-prediction" }, Directory.GetDirectories(output).Select(Path.GetFileName));
        Assert.DoesNotContain("notes", run.Error);
        Assert.DoesNotContain("ci.yml", run.Error);
    }

    [Fact]
    public void Stale_generated_files_are_removed_and_other_files_kept()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("generated");
        var stale = temp.Write("generated/replicate-create-prediction/ReplicateCreatePrediction.Removed.g.cs", "// old");
        var notes = temp.Write("generated/replicate-create-prediction/notes.md", "mine");
        var otherFolder = temp.Write("generated/other/Other.g.cs", "// another schema's");

        var run = ToolRun.Of("generate", RepositoryFiles.SeedSchema, "--out", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.False(File.Exists(stale));
        Assert.True(File.Exists(notes));
        Assert.True(File.Exists(otherFolder));
    }

    [Fact]
    public void A_yaml_openapi_file_is_converted_and_generates_code()
    {
        using var temp = new TempFolder();
        var yaml = temp.Write("pet-store.openapi.yaml", PetStoreYaml.Yaml);
        var output = temp.Combine("generated");

        var run = ToolRun.Of("generate", yaml, "--out", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("", run.Error);
        var folder = Path.Combine(output, "pet-store");
        var pet = File.ReadAllText(Path.Combine(folder, "PetStore.Pet.g.cs"));
        Assert.Contains("namespace Contracts.PetStore;", pet);
        Assert.Contains("Owner? Owner", pet);
        Assert.Contains("\"yes\"", File.ReadAllText(Path.Combine(folder, "PetStore.PetVaccinated.g.cs")));
        Assert.Contains("GetPetAsync", File.ReadAllText(Path.Combine(folder, "PetStore.PetStoreClient.g.cs")));
    }

    [Fact]
    public void Diagnostics_of_a_yaml_file_point_at_its_own_lines()
    {
        using var temp = new TempFolder();
        var yaml = temp.Write("pets.yaml", PetStoreYaml.Yaml.Replace("'#/components/schemas/Owner'", "'#/components/schemas/Nobody'"));
        var yamlLine = File.ReadAllLines(yaml).ToList().FindIndex(line => line.Contains("Nobody")) + 1;

        var run = ToolRun.Of("generate", yaml, "--out", temp.Combine("generated"));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(run.ErrorLines, line => line.StartsWith($"{yaml}({yamlLine},") && line.Contains("warning CTR2007"));
    }

    [Fact]
    public void Malformed_yaml_openapi_exits_1_with_CTR1020_at_its_line()
    {
        using var temp = new TempFolder();
        var yaml = temp.Write("broken.yaml", "openapi: 3.0.0\ninfo:\n  title: x\n bad: 1\n");

        var run = ToolRun.Of("generate", yaml, "--out", temp.Combine("generated"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.ErrorLines, line => line.StartsWith(yaml + "(4,2)") && line.Contains("error CTR1020"));
    }

    [Fact]
    public void An_alias_bomb_exits_1_with_CTR1021()
    {
        using var temp = new TempFolder();
        var yaml = temp.Write("bomb.yaml", ConvertCommandTests.AliasBomb());

        var run = ToolRun.Of("generate", yaml, "--out", temp.Combine("generated"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("CTR1021", run.Error);
        Assert.Contains("alias bomb", run.Error);
    }

    [Fact]
    public void Malformed_json_exits_1_with_CTR1001_at_its_line()
    {
        using var temp = new TempFolder();
        var json = temp.Write("broken.json", """
            {"openapi": "3.0.0", "info": {"title": "x"},
             "paths": {
               "/a": {"get": {"responses": {"200": {"description": "ok"}}}},
               "/b": {oops}
             }
            }
            """);

        var run = ToolRun.Of("generate", json, "--out", temp.Combine("generated"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.ErrorLines, line => line.StartsWith(json + "(4,11): error CTR1001: "));
    }

    [Fact]
    public void A_missing_input_exits_2_with_a_message()
    {
        using var temp = new TempFolder();
        var missing = temp.Combine("nothing-here");

        var run = ToolRun.Of("generate", missing, "--out", temp.Combine("generated"));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"error: '{missing}' is neither a file nor a folder.\n", run.Error);
        Assert.False(Directory.Exists(temp.Combine("generated")));
    }
    private const string EnvelopeApi = """
        {
          "openapi": "3.0.3",
          "info": { "title": "Custom", "version": "1" },
          "paths": { "/custom": { "get": { "operationId": "custom", "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": {
            "type": "object", "properties": { "state": { "type": "integer" }, "why": { "type": "string" }, "payload": { "type": "string" }, "code": { "type": "integer" }, "msg": { "type": "string" } } } } } } } } } }
        }
        """;

    [Theory]
    [InlineData(new string[0], "CustomResponse>", true)]
    [InlineData(new[] { "--envelope-code", "state", "--envelope-message", "why", "--envelope-data", "payload", "--envelope-success", "1|2" }, "<string?>", true)]
    [InlineData(new[] { "--envelope", "false", "--envelope-code", "state", "--envelope-data", "payload" }, "CustomResponse>", false)]
    public void Envelope_options_name_the_members_as_the_build_metadata_does(string[] options, string returned, bool checksEnvelope)
    {
        // Without options the default names find code and msg but no data member: the envelope is checked and returned whole.
        using var temp = new TempFolder();
        var schema = temp.Write("custom.openapi.json", EnvelopeApi);
        var output = temp.Combine("generated");

        var run = ToolRun.Of(new[] { "generate", schema, "--out", output, "--namespace", "Custom" }.Concat(options).ToArray());

        Assert.True(run.ExitCode == 0, run.ToString());
        var client = File.ReadAllText(Directory.GetFiles(Path.Combine(output, "custom"), "*Client.g.cs").Single());
        var method = client.Split('\n').First(line => line.Contains(" CustomAsync(", System.StringComparison.Ordinal));
        Assert.Contains(returned + " CustomAsync(", method);
        Assert.Equal(checksEnvelope, client.Contains("CustomEnvelopeAsync(", System.StringComparison.Ordinal));
    }

    [Fact]
    public void An_unusable_envelope_option_is_CTR4010_and_the_default_applies()
    {
        using var temp = new TempFolder();
        var schema = temp.Write("custom.openapi.json", EnvelopeApi);

        var run = ToolRun.Of("generate", schema, "--out", temp.Combine("generated"), "--envelope", "maybe");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(run.ErrorLines, line => line.Contains("warning CTR4010: The ContractsEnvelope metadata value 'maybe' cannot be used: expected true or false"));
    }
}
