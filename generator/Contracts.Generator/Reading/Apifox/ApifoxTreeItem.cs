using Contracts.Generator.Helpers;
using Contracts.Generator.Reading.Json;

namespace Contracts.Generator.Reading.Apifox;

/// <summary>A non-folder entry of an Apifox tree, with the names of the folders above it and its field path for messages.</summary>
internal sealed record ApifoxTreeItem(JsonObjectNode Item, EquatableArray<string> Folder, string Label);
