using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Contracts.Tests.Harness;
using Xunit;

namespace Contracts.Tests.Client;

/// <summary>The README's file, stream and error snippets compile against the clients they describe.</summary>
public sealed class ReadmeClientSnippetTests
{
    private static readonly string[] Snippets = { "client-files", "client-streams", "client-errors" };

    [Fact]
    public void The_files_streams_and_errors_snippets_compile()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));
        var methods = new List<string>();
        foreach (var name in Snippets)
        {
            var match = Regex.Match(readme, "<!-- snippet: " + name + " -->\\s*```csharp\\n(?<code>.*?)```", RegexOptions.Singleline);
            Assert.True(match.Success, $"README.md has no '{name}' snippet.");
            methods.Add($$"""
                public static async Task {{name.Replace("-", "_")}}(MediaClient media, OrdersClient orders, CancellationToken cancellationToken)
                {
                {{match.Groups["code"].Value}}
                }
                """);
        }
        var program = $$"""
            using System;
            using System.IO;
            using System.Threading;
            using System.Threading.Tasks;
            using Contracts;
            using Fixtures.Media;
            using Fixtures.Orders;

            public static class Snippets
            {
            {{string.Join("\n", methods)}}
            }
            """;
        var run = GeneratorHarness.Run(new[]
        {
            new SchemaInput("/repo/media.openapi.json", FilesAndStreamsTests.Schema, "Fixtures.Media", "MediaClient"),
            new SchemaInput("/repo/orders.openapi.json", TypedResponsesTests.Schema.Replace("PORT", "8080"), "Fixtures.Orders", "OrdersClient"),
        }, new[] { program });

        using var compiled = run.Compile();
        Assert.NotNull(compiled.GetType("Snippets"));
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Contracts.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException("Contracts.sln not found above " + AppContext.BaseDirectory);
    }
}
