using System.Linq;
using Xunit;
using Xunit.Abstractions;

namespace Contracts.Tests.Reading.Apifox;

public sealed class CorpusDumpTests(ITestOutputHelper output)
{
    [CorpusFact]
    public void Dump()
    {
        foreach (var name in new[] { Corpus.ApifoxToApipost, Corpus.Jt808, Corpus.RedRockVideo, Corpus.Details })
        {
            var d = Corpus.Read(name);
            output.WriteLine($"== {name} {d.Format} '{d.Title}' ops={d.Operations.Count} schemas={d.Schemas.Count}");
            foreach (var g in d.Diagnostics.GroupBy(x => x.Id)) output.WriteLine($"  {g.Key} x{g.Count()}");
            foreach (var x in d.Diagnostics) output.WriteLine($"    {x.Id}@{x.Span} {string.Join(" | ", x.Arguments)}");
            foreach (var o in d.Operations) output.WriteLine($"  {o.Method} {o.Path} [{string.Join("/", o.Folder)}] {o.Summary} p={o.Parameters.Count} body={o.RequestBody?.MediaType} r={string.Join(",", o.Responses.Select(r => r.StatusCode + ":" + r.Examples.Count))}");
            foreach (var s in d.Schemas) output.WriteLine($"  schema {s.Key} {s.Name} title={s.Schema.Title} props={s.Schema.Properties.Count}");
        }
    }
}
