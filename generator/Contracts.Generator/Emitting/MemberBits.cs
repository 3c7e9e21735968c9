using System.Globalization;
using System.Text;
using Contracts.Generator.Helpers;
using Contracts.Generator.Planning;

namespace Contracts.Generator.Emitting;

/// <summary>
/// Names and literals of a record's bit sets, 64 bits per <c>ulong</c>: bit 70 of <c>_missingRequired</c> is
/// <c>0x40UL</c> in <c>_missingRequired1</c>. The first word keeps the plain name, so a record of up to 64 members reads as before.
/// </summary>
internal static class MemberBits
{
    public const int PerWord = 64;

    /// <summary>How many <c>ulong</c> words hold <paramref name="count"/> bits.</summary>
    public static int Words(int count) => (count + PerWord - 1) / PerWord;

    /// <summary>The field or local holding word <paramref name="word"/> of the set named <paramref name="name"/>.</summary>
    public static string Word(string name, int word) => word == 0 ? name : name + word.ToString(CultureInfo.InvariantCulture);

    /// <summary>The field or local holding <paramref name="bit"/>.</summary>
    public static string WordOf(string name, int bit) => Word(name, bit / PerWord);

    /// <summary>The mask literal of <paramref name="bit"/> within its word, such as <c>0x4UL</c>.</summary>
    public static string Mask(int bit) => Hex(1UL << (bit % PerWord));

    /// <summary>The mask of every bit word <paramref name="word"/> uses when the set has <paramref name="count"/> bits.</summary>
    public static string AllInWord(int count, int word)
    {
        var bits = count - word * PerWord;
        return Hex(bits >= PerWord ? ulong.MaxValue : (1UL << bits) - 1);
    }

    /// <summary>True when any bit of the set is set: <c>(a | a1) != 0</c>.</summary>
    public static string AnySet(string name, int count)
    {
        var words = Words(count);
        if (words == 1) return name + " != 0";
        var text = new StringBuilder("(");
        for (var word = 0; word < words; word++) text.Append(word == 0 ? "" : " | ").Append(Word(name, word));
        return text.Append(") != 0").ToString();
    }

    private static string Hex(ulong mask) => "0x" + mask.ToString("X", CultureInfo.InvariantCulture) + "UL";
}
