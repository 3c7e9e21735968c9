using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using Contracts.Generator.Model;

namespace Contracts.Generator.Reading.Json;

/// <summary>
/// Parses JSON into nodes that know their line and column. Built on Utf8JsonReader because JsonDocument hides offsets;
/// iterative (an explicit stack), so hostile nesting cannot overflow the compiler's stack. Never throws.
/// </summary>
internal static class LocatedJsonParser
{
    public const int MaxDepth = 256;

    /// <param name="text">The JSON text (for a page, the rest of the file from the block's first char).</param>
    /// <param name="firstLine">Zero-based file line where <paramref name="text"/> starts.</param>
    /// <param name="firstColumn">Zero-based file column where <paramref name="text"/> starts.</param>
    /// <param name="allowTrailingContent">Stop after the first value instead of requiring the text to end there.</param>
    public static JsonParseResult Parse(string text, int firstLine = 0, int firstColumn = 0, bool allowTrailingContent = false)
    {
        // The UTF-8 copy lives only for the parse (nodes keep strings, never bytes), so it comes from the shared pool:
        // a large file's copy would otherwise land on the large object heap on every run.
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetByteCount(text));
        try
        {
            var length = Encoding.UTF8.GetBytes(text, 0, text.Length, bytes, 0);
            return Parse(text, bytes, length, firstLine, firstColumn, allowTrailingContent);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    private static JsonParseResult Parse(string text, byte[] bytes, int length, int firstLine, int firstColumn, bool allowTrailingContent)
    {
        var map = new Utf8PositionMap(text, firstLine, firstColumn);
        var options = new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            // One above ours, so our own check (with its distinct error) always fires first.
            MaxDepth = MaxDepth + 1,
        };
        var reader = new Utf8JsonReader(new ReadOnlySpan<byte>(bytes, 0, length), isFinalBlock: true, new JsonReaderState(options));
        var stack = new FrameStack();
        // Members and items of all open containers, in one list each: a closed container takes an exact-size copy.
        var openMembers = new List<JsonMember>();
        var openItems = new List<JsonNode>();
        // Sharing strings pays off only where names repeat by the thousand; small blocks decode directly.
        var names = length >= Utf8NameTable.WorthwhileFrom ? new Utf8NameTable(length) : null;
        var duplicateKeys = new DuplicateKeys();
        JsonNode? root = null;
        try
        {
            while (root is null && reader.Read())
            {
                var tokenStart = (int)reader.TokenStartIndex;
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        var open = map.At(tokenStart);
                        if (stack.Count >= MaxDepth)
                        {
                            return Fail($"The JSON nests deeper than {MaxDepth} levels.", open, map.At(tokenStart + 1), isTooDeep: true);
                        }
                        var isObject = reader.TokenType == JsonTokenType.StartObject;
                        stack.Push(isObject, open, isObject ? openMembers.Count : openItems.Count);
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        var frame = stack.Pop();
                        var close = map.At(tokenStart + 1);
                        var span = SpanOf(frame.Start, close);
                        if (frame.IsObject) duplicateKeys.Check(openMembers, frame.FirstChild);
                        JsonNode container = frame.IsObject
                            ? new JsonObjectNode(TakeFrom(openMembers, frame.FirstChild), span, frame.Start.Index, close.Index)
                            : new JsonArrayNode(TakeFrom(openItems, frame.FirstChild), span, frame.Start.Index, close.Index);
                        root = Attach(stack, container, openMembers, openItems);
                        break;
                    case JsonTokenType.PropertyName:
                        var nameStart = map.At(tokenStart);
                        var nameEnd = map.At(tokenStart + reader.ValueSpan.Length + 2);
                        if (!TryGetString(ref reader, bytes, tokenStart, names, out var name))
                        {
                            return Fail(InvalidString, nameStart, nameEnd, isTooDeep: false);
                        }
                        var top = stack.Peek();
                        top.PendingName = name;
                        top.PendingNameSpan = SpanOf(nameStart, nameEnd);
                        break;
                    case JsonTokenType.String:
                        var stringStart = map.At(tokenStart);
                        var stringEnd = map.At(tokenStart + reader.ValueSpan.Length + 2);
                        if (!TryGetString(ref reader, bytes, tokenStart, names, out var value))
                        {
                            return Fail(InvalidString, stringStart, stringEnd, isTooDeep: false);
                        }
                        root = Attach(stack, new JsonStringNode(value, reader.ValueIsEscaped, SpanOf(stringStart, stringEnd), stringStart.Index, stringEnd.Index), openMembers, openItems);
                        break;
                    case JsonTokenType.Number:
                    case JsonTokenType.True:
                    case JsonTokenType.False:
                    case JsonTokenType.Null:
                        var literalStart = map.At(tokenStart);
                        var literalEnd = map.At(tokenStart + reader.ValueSpan.Length);
                        root = Attach(stack, Literal(reader.TokenType, bytes, tokenStart, reader.ValueSpan.Length, SpanOf(literalStart, literalEnd), literalStart.Index, literalEnd.Index), openMembers, openItems);
                        break;
                }
            }
            if (root is null)
            {
                var end = map.At(length);
                return Fail("The text contains no JSON value.", end, end, isTooDeep: false);
            }
            if (!allowTrailingContent && reader.Read())
            {
                // Unreachable in practice: the reader throws on a second value; kept so the contract holds regardless.
                var extra = map.At((int)reader.TokenStartIndex);
                return Fail("Unexpected content after the JSON value.", extra, extra, isTooDeep: false);
            }
            return JsonParseResult.Success(root, duplicateKeys.Found());
        }
        catch (JsonException exception)
        {
            var at = map.At(ByteOffset(bytes, length, exception.LineNumber ?? 0, exception.BytePositionInLine ?? 0));
            return Fail(CleanMessage(exception.Message), at, at, isTooDeep: false);
        }
    }

    private const string InvalidString = "The string is not valid UTF-16 (an escaped lone surrogate).";

    private static JsonNode Literal(JsonTokenType type, byte[] bytes, int tokenStart, int length, SourceSpan span, int start, int end) => type switch
    {
        JsonTokenType.Number => new JsonNumberNode(Encoding.UTF8.GetString(bytes, tokenStart, length), span, start, end),
        JsonTokenType.True => new JsonBooleanNode(true, span, start, end),
        JsonTokenType.False => new JsonBooleanNode(false, span, start, end),
        _ => new JsonNullNode(span, start, end),
    };

    /// <summary>Adds a finished value to its container; returns it when it is the root.</summary>
    private static JsonNode? Attach(FrameStack stack, JsonNode node, List<JsonMember> openMembers, List<JsonNode> openItems)
    {
        if (stack.Count == 0) return node;
        var parent = stack.Peek();
        if (parent.IsObject)
        {
            openMembers.Add(new JsonMember(parent.PendingName ?? "", parent.PendingNameSpan, node));
            parent.PendingName = null;
        }
        else
        {
            openItems.Add(node);
        }
        return null;
    }

    private static T[] TakeFrom<T>(List<T> open, int first)
    {
        var count = open.Count - first;
        if (count == 0) return Array.Empty<T>();
        var taken = new T[count];
        open.CopyTo(first, taken, 0, count);
        open.RemoveRange(first, count);
        return taken;
    }

    /// <param name="tokenStart">Where the token's opening quote is in <paramref name="bytes"/>.</param>
    private static bool TryGetString(ref Utf8JsonReader reader, byte[] bytes, int tokenStart, Utf8NameTable? names, out string value)
    {
        try
        {
            // Unescaped text is the bytes between the quotes; escaped text needs the reader's decoding.
            value = reader.ValueIsEscaped || reader.HasValueSequence ? reader.GetString() ?? ""
                : names is null ? Encoding.UTF8.GetString(bytes, tokenStart + 1, reader.ValueSpan.Length) : names.Get(bytes, tokenStart + 1, reader.ValueSpan.Length);
            return true;
        }
        catch (InvalidOperationException)
        {
            value = "";
            return false;
        }
    }

    /// <summary>Utf8JsonReader counts lines by '\n' and bytes within the line; turn that back into an absolute byte offset.</summary>
    private static int ByteOffset(byte[] bytes, int length, long line, long bytePositionInLine)
    {
        var offset = 0;
        for (long seen = 0; seen < line && offset < length; offset++)
        {
            if (bytes[offset] == (byte)'\n') seen++;
        }
        var result = offset + bytePositionInLine;
        return (int)Math.Min(Math.Max(result, 0), length);
    }

    /// <summary>Drops the reader's " LineNumber: 3 | BytePositionInLine: 4." tail: those numbers are block-relative bytes.</summary>
    private static string CleanMessage(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut > 0 ? message.Substring(0, cut) : message).Trim();
    }

    private static JsonParseResult Fail(string message, TextPosition start, TextPosition end, bool isTooDeep)
        => JsonParseResult.Failure(new JsonParseError(message, SpanOf(start, end), isTooDeep));

    private static SourceSpan SpanOf(TextPosition start, TextPosition end) => new(start.Line, start.Column, end.Line, end.Column);

    private sealed class Frame
    {
        public bool IsObject { get; set; }
        public TextPosition Start { get; set; }
        /// <summary>Index of this container's first member (item) in the shared list of open ones.</summary>
        public int FirstChild { get; set; }
        public string? PendingName { get; set; }
        public SourceSpan PendingNameSpan { get; set; } = SourceSpan.None;
    }

    /// <summary>The open containers; a frame is reused by the next container at its depth, so a parse allocates one per level.</summary>
    private sealed class FrameStack
    {
        private readonly List<Frame> _frames = new();

        public int Count { get; private set; }

        public void Push(bool isObject, TextPosition start, int firstChild)
        {
            if (Count == _frames.Count) _frames.Add(new Frame());
            var frame = _frames[Count++];
            frame.IsObject = isObject;
            frame.Start = start;
            frame.FirstChild = firstChild;
            frame.PendingName = null;
            frame.PendingNameSpan = SourceSpan.None;
        }

        /// <summary>The top frame, valid until the next push.</summary>
        public Frame Pop() => _frames[--Count];

        public Frame Peek() => _frames[Count - 1];
    }
}
