using System;
using System.Collections;
using System.Collections.Generic;

namespace Contracts.Generator.Helpers;

/// <summary>An immutable array with value equality, so model records compare by content and the pipeline caches.</summary>
internal readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
    where T : IEquatable<T>
{
    public static readonly EquatableArray<T> Empty = new(Array.Empty<T>());

    private readonly T[]? _items;

    public EquatableArray(T[] items) => _items = items;

    public EquatableArray(IEnumerable<T> items) => _items = Copy(items);

    // One exact-size copy whenever the count is known up front.
    private static T[] Copy(IEnumerable<T> items)
    {
        if (items is List<T> list) return list.ToArray();
        if (items is ICollection<T> collection)
        {
            if (collection.Count == 0) return Array.Empty<T>();
            var copy = new T[collection.Count];
            collection.CopyTo(copy, 0);
            return copy;
        }
        return new List<T>(items).ToArray();
    }

    public int Count => _items?.Length ?? 0;

    public bool IsEmpty => Count == 0;

    public T this[int index] => _items![index];

    public bool Equals(EquatableArray<T> other)
    {
        var left = _items ?? Array.Empty<T>();
        var right = other._items ?? Array.Empty<T>();
        if (left.Length != right.Length) return false;
        for (var i = 0; i < left.Length; i++)
        {
            if (!EqualityComparer<T>.Default.Equals(left[i], right[i])) return false;
        }
        return true;
    }

    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    public override int GetHashCode()
    {
        var hash = 17;
        foreach (var item in _items ?? Array.Empty<T>())
        {
            hash = unchecked(hash * 31 + (item?.GetHashCode() ?? 0));
        }
        return hash;
    }

    public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

    public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

    /// <summary>A struct enumerator, so <c>foreach</c> over a model array allocates nothing.</summary>
    public Enumerator GetEnumerator() => new(_items ?? Array.Empty<T>());

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)(_items ?? Array.Empty<T>())).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<T>)this).GetEnumerator();

    public struct Enumerator
    {
        private readonly T[] _items;
        private int _index;

        internal Enumerator(T[] items)
        {
            _items = items;
            _index = -1;
        }

        public T Current => _items[_index];

        public bool MoveNext() => ++_index < _items.Length;
    }
}

internal static class EquatableArray
{
    public static EquatableArray<T> ToEquatableArray<T>(this IEnumerable<T> items) where T : IEquatable<T>
        => new(items);
}
