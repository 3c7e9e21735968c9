namespace Contracts.Generator.Reading.Apifox;

/// <summary>A document title from its file name, for formats that carry none. Plain string work: System.IO.Path throws on odd names.</summary>
internal static class FileTitle
{
    public static string Of(string filePath)
    {
        var start = filePath.LastIndexOfAny(new[] { '/', '\\' }) + 1;
        var dot = filePath.LastIndexOf('.');
        var end = dot > start ? dot : filePath.Length;
        return filePath.Substring(start, end - start);
    }
}
