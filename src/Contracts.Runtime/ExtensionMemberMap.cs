using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;

namespace Contracts;

/// <summary>
/// Members a schema does not declare, in the order they were read or added. A payload usually carries one or two, so
/// they sit in a small array (about a third of a <see cref="Dictionary{TKey,TValue}"/>'s bytes); past a few members an
/// index keeps lookups constant-time, so a hostile payload with thousands of them stays linear.
/// </summary>
public sealed class ExtensionMemberMap : IDictionary<string, JsonNode?>, IReadOnlyDictionary<string, JsonNode?>
{
    private const int IndexFrom = 8;

    private KeyValuePair<string, JsonNode?>[] _items;
    private int _count;
    private Dictionary<string, int>? _index;

    /// <summary>An empty map.</summary>
    public ExtensionMemberMap() => _items = Array.Empty<KeyValuePair<string, JsonNode?>>();

    /// <inheritdoc />
    public int Count => _count;

    /// <inheritdoc />
    public bool IsReadOnly => false;

    /// <inheritdoc />
    public JsonNode? this[string key]
    {
        get => IndexOf(key) is var at and >= 0 ? _items[at].Value : throw new KeyNotFoundException($"No member named '{key}'.");
        set
        {
            var at = IndexOf(key);
            if (at >= 0) _items[at] = new KeyValuePair<string, JsonNode?>(key, value);
            else Append(key, value);
        }
    }

    /// <inheritdoc />
    public ICollection<string> Keys
    {
        get
        {
            var keys = new List<string>(_count);
            for (var i = 0; i < _count; i++) keys.Add(_items[i].Key);
            return keys;
        }
    }

    /// <inheritdoc />
    public ICollection<JsonNode?> Values
    {
        get
        {
            var values = new List<JsonNode?>(_count);
            for (var i = 0; i < _count; i++) values.Add(_items[i].Value);
            return values;
        }
    }

    IEnumerable<string> IReadOnlyDictionary<string, JsonNode?>.Keys => Keys;

    IEnumerable<JsonNode?> IReadOnlyDictionary<string, JsonNode?>.Values => Values;

    /// <inheritdoc />
    public void Add(string key, JsonNode? value)
    {
        if (IndexOf(key) >= 0) throw new ArgumentException($"A member named '{key}' is already present.", nameof(key));
        Append(key, value);
    }

    /// <inheritdoc />
    public void Add(KeyValuePair<string, JsonNode?> item) => Add(item.Key, item.Value);

    /// <inheritdoc />
    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    /// <inheritdoc />
    public bool Contains(KeyValuePair<string, JsonNode?> item) => IndexOf(item.Key) is var at and >= 0 && ReferenceEquals(_items[at].Value, item.Value);

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out JsonNode? value)
    {
        var at = IndexOf(key);
        value = at >= 0 ? _items[at].Value : null;
        return at >= 0;
    }

    /// <inheritdoc />
    public bool Remove(string key)
    {
        var at = IndexOf(key);
        if (at < 0) return false;
        Array.Copy(_items, at + 1, _items, at, _count - at - 1);
        _items[--_count] = default;
        _index = null;
        if (_count > IndexFrom) BuildIndex();
        return true;
    }

    /// <inheritdoc />
    public bool Remove(KeyValuePair<string, JsonNode?> item) => Contains(item) && Remove(item.Key);

    /// <inheritdoc />
    public void Clear()
    {
        Array.Clear(_items, 0, _count);
        _count = 0;
        _index = null;
    }

    /// <inheritdoc />
    public void CopyTo(KeyValuePair<string, JsonNode?>[] array, int arrayIndex) => Array.Copy(_items, 0, array, arrayIndex, _count);

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, JsonNode?>> GetEnumerator()
    {
        for (var i = 0; i < _count; i++) yield return _items[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (_index is not null) return _index.TryGetValue(key, out var at) ? at : -1;
        for (var i = 0; i < _count; i++)
        {
            if (string.Equals(_items[i].Key, key, StringComparison.Ordinal)) return i;
        }
        return -1;
    }

    private void Append(string key, JsonNode? value)
    {
        if (_count == _items.Length) Array.Resize(ref _items, _count == 0 ? 1 : _count * 2);
        _items[_count] = new KeyValuePair<string, JsonNode?>(key, value);
        _index?.Add(key, _count);
        _count++;
        if (_index is null && _count > IndexFrom) BuildIndex();
    }

    private void BuildIndex()
    {
        _index = new Dictionary<string, int>(_count, StringComparer.Ordinal);
        for (var i = 0; i < _count; i++) _index.Add(_items[i].Key, i);
    }
}
