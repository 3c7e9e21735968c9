using System.Threading;
using Contracts.Generator.Model;

namespace Contracts.Generator.Reading;

// Placeholder until the page reader lands; recognises nothing.
internal static class ApiDocumentReader
{
    internal static ApiDocument? Read(string filePath, string text, CancellationToken cancellationToken) => null;
}
