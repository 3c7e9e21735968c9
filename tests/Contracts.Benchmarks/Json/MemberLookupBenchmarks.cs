using System;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Contracts.Benchmarks.Infrastructure;

namespace Contracts.Benchmarks.Json;

/// <summary>
/// Finding a member by its UTF-8 name, as a converter does once per member read: the per-type length switch the
/// generator emitted before (here for napcat-sdk's 38-member group member type) against the shared
/// <see cref="JsonMemberNames"/> table it emits now. Both in one process, so a loaded machine slows both alike.
/// </summary>
[WarmJob]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory), CategoriesColumn]
public class MemberLookupBenchmarks
{
    private static readonly string[] Declared =
    [
        "uid", "qid", "uin", "nick", "remark", "cardType", "cardName", "role", "avatarPath", "shutUpTime", "isDelete",
        "isSpecialConcerned", "isSpecialShield", "isRobot", "groupHonor", "memberRealLevel", "memberLevel",
        "globalGroupLevel", "globalGroupPoint", "memberTitleId", "memberSpecialTitle", "specialTitleExpireTime",
        "userShowFlag", "userShowFlagNew", "richFlag", "mssVipType", "bigClubLevel", "bigClubFlag", "autoRemark",
        "creditLevel", "joinTime", "lastSpeakTime", "memberFlag", "memberFlagExt", "memberMobileFlag", "memberFlagExt2",
        "isSpecialShielded", "cardNameId",
    ];

    private static readonly JsonMemberNames Table = new(Declared);

    private byte[][] _inOrder = null!;
    private byte[][] _shuffled = null!;

    [GlobalSetup]
    public void Setup()
    {
        _inOrder = Declared.Select(Encoding.UTF8.GetBytes).ToArray();
        _shuffled = _inOrder.OrderBy(name => name.Length * 31 + name[^1]).ToArray();
        for (var i = 0; i < Declared.Length; i++)
        {
            if (Switch(_inOrder[i]) != i || Table.IndexOf(_inOrder[i], 0) != i) throw new InvalidOperationException("Lookups disagree at " + Declared[i]);
        }
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Declared order")]
    public int LengthSwitch_InOrder() => WithSwitch(_inOrder);

    [Benchmark, BenchmarkCategory("Declared order")]
    public int Table_InOrder() => WithTable(_inOrder);

    [Benchmark(Baseline = true), BenchmarkCategory("Other order")]
    public int LengthSwitch_Shuffled() => WithSwitch(_shuffled);

    [Benchmark, BenchmarkCategory("Other order")]
    public int Table_Shuffled() => WithTable(_shuffled);

    private static int WithSwitch(byte[][] names)
    {
        var sum = 0;
        foreach (var name in names) sum += Switch(name);
        return sum;
    }

    private static int WithTable(byte[][] names)
    {
        var sum = 0;
        var expected = 0;
        foreach (var name in names)
        {
            var index = Table.IndexOf(name, expected);
            expected = index + 1;
            sum += index;
        }
        return sum;
    }

    private static bool Is(ReadOnlySpan<byte> name, ReadOnlySpan<byte> declared) => name.SequenceEqual(declared);

    // The generator's previous output for this type, as it was.
    private static int Switch(ReadOnlySpan<byte> name) => name.Length switch
    {
        3 => Is(name, "uid"u8) ? 0 : Is(name, "qid"u8) ? 1 : Is(name, "uin"u8) ? 2 : -1,
        4 => Is(name, "nick"u8) ? 3 : Is(name, "role"u8) ? 7 : -1,
        6 => Is(name, "remark"u8) ? 4 : -1,
        7 => Is(name, "isRobot"u8) ? 13 : -1,
        8 => Is(name, "cardType"u8) ? 5 : Is(name, "cardName"u8) ? 6 : Is(name, "isDelete"u8) ? 10 : Is(name, "richFlag"u8) ? 24 : Is(name, "joinTime"u8) ? 30 : -1,
        10 => Is(name, "avatarPath"u8) ? 8 : Is(name, "shutUpTime"u8) ? 9 : Is(name, "groupHonor"u8) ? 14 : Is(name, "mssVipType"u8) ? 25 : Is(name, "autoRemark"u8) ? 28 : Is(name, "memberFlag"u8) ? 32 : Is(name, "cardNameId"u8) ? 37 : -1,
        11 => Is(name, "memberLevel"u8) ? 16 : Is(name, "bigClubFlag"u8) ? 27 : Is(name, "creditLevel"u8) ? 29 : -1,
        12 => Is(name, "userShowFlag"u8) ? 22 : Is(name, "bigClubLevel"u8) ? 26 : -1,
        13 => Is(name, "memberTitleId"u8) ? 19 : Is(name, "lastSpeakTime"u8) ? 31 : Is(name, "memberFlagExt"u8) ? 33 : -1,
        14 => Is(name, "memberFlagExt2"u8) ? 35 : -1,
        15 => Is(name, "isSpecialShield"u8) ? 12 : Is(name, "memberRealLevel"u8) ? 15 : Is(name, "userShowFlagNew"u8) ? 23 : -1,
        16 => Is(name, "globalGroupLevel"u8) ? 17 : Is(name, "globalGroupPoint"u8) ? 18 : Is(name, "memberMobileFlag"u8) ? 34 : -1,
        17 => Is(name, "isSpecialShielded"u8) ? 36 : -1,
        18 => Is(name, "isSpecialConcerned"u8) ? 11 : Is(name, "memberSpecialTitle"u8) ? 20 : -1,
        22 => Is(name, "specialTitleExpireTime"u8) ? 21 : -1,
        _ => -1,
    };
}
