#if CONTRACTS_CORPUS
using System.Collections.Generic;
using System.Text.Json.Serialization;
using Newtonsoft.Json;

namespace Contracts.Benchmarks.Json;

// The large type, napcat-sdk's get_group_shut_list response (a group's muted members, 38 members each), typed once
// from its schema the way a team would by hand: numbers are double and the enum a string, as in the generated records;
// plain settable members, the source generator's fastest path (see HandWrittenSeed.cs).

public sealed class GroupShutListByHand
{
    [JsonPropertyName("status"), JsonProperty("status")] public string Status { get; set; } = null!;
    [JsonPropertyName("retcode"), JsonProperty("retcode")] public double Retcode { get; set; }
    [JsonPropertyName("data"), JsonProperty("data")] public List<GroupMemberByHand> Data { get; set; } = null!;
    [JsonPropertyName("message"), JsonProperty("message")] public string Message { get; set; } = null!;
    [JsonPropertyName("echo"), JsonProperty("echo")] public string? Echo { get; set; }
    [JsonPropertyName("wording"), JsonProperty("wording")] public string? Wording { get; set; }
    [JsonPropertyName("stream"), JsonProperty("stream")] public string Stream { get; set; } = null!;
}

public sealed class GroupMemberByHand
{
    [JsonPropertyName("uid"), JsonProperty("uid")] public string Uid { get; set; } = null!;
    [JsonPropertyName("qid"), JsonProperty("qid")] public string Qid { get; set; } = null!;
    [JsonPropertyName("uin"), JsonProperty("uin")] public string Uin { get; set; } = null!;
    [JsonPropertyName("nick"), JsonProperty("nick")] public string Nick { get; set; } = null!;
    [JsonPropertyName("remark"), JsonProperty("remark")] public string Remark { get; set; } = null!;
    [JsonPropertyName("cardType"), JsonProperty("cardType")] public double CardType { get; set; }
    [JsonPropertyName("cardName"), JsonProperty("cardName")] public string CardName { get; set; } = null!;
    [JsonPropertyName("role"), JsonProperty("role")] public double Role { get; set; }
    [JsonPropertyName("avatarPath"), JsonProperty("avatarPath")] public string AvatarPath { get; set; } = null!;
    [JsonPropertyName("shutUpTime"), JsonProperty("shutUpTime")] public double ShutUpTime { get; set; }
    [JsonPropertyName("isDelete"), JsonProperty("isDelete")] public bool IsDelete { get; set; }
    [JsonPropertyName("isSpecialConcerned"), JsonProperty("isSpecialConcerned")] public bool IsSpecialConcerned { get; set; }
    [JsonPropertyName("isSpecialShield"), JsonProperty("isSpecialShield")] public bool IsSpecialShield { get; set; }
    [JsonPropertyName("isRobot"), JsonProperty("isRobot")] public bool IsRobot { get; set; }
    [JsonPropertyName("groupHonor"), JsonProperty("groupHonor")] public GroupHonorByHand GroupHonor { get; set; } = null!;
    [JsonPropertyName("memberRealLevel"), JsonProperty("memberRealLevel")] public double MemberRealLevel { get; set; }
    [JsonPropertyName("memberLevel"), JsonProperty("memberLevel")] public double MemberLevel { get; set; }
    [JsonPropertyName("globalGroupLevel"), JsonProperty("globalGroupLevel")] public double GlobalGroupLevel { get; set; }
    [JsonPropertyName("globalGroupPoint"), JsonProperty("globalGroupPoint")] public double GlobalGroupPoint { get; set; }
    [JsonPropertyName("memberTitleId"), JsonProperty("memberTitleId")] public double MemberTitleId { get; set; }
    [JsonPropertyName("memberSpecialTitle"), JsonProperty("memberSpecialTitle")] public string MemberSpecialTitle { get; set; } = null!;
    [JsonPropertyName("specialTitleExpireTime"), JsonProperty("specialTitleExpireTime")] public string SpecialTitleExpireTime { get; set; } = null!;
    [JsonPropertyName("userShowFlag"), JsonProperty("userShowFlag")] public double UserShowFlag { get; set; }
    [JsonPropertyName("userShowFlagNew"), JsonProperty("userShowFlagNew")] public double UserShowFlagNew { get; set; }
    [JsonPropertyName("richFlag"), JsonProperty("richFlag")] public double RichFlag { get; set; }
    [JsonPropertyName("mssVipType"), JsonProperty("mssVipType")] public double MssVipType { get; set; }
    [JsonPropertyName("bigClubLevel"), JsonProperty("bigClubLevel")] public double BigClubLevel { get; set; }
    [JsonPropertyName("bigClubFlag"), JsonProperty("bigClubFlag")] public double BigClubFlag { get; set; }
    [JsonPropertyName("autoRemark"), JsonProperty("autoRemark")] public string AutoRemark { get; set; } = null!;
    [JsonPropertyName("creditLevel"), JsonProperty("creditLevel")] public double CreditLevel { get; set; }
    [JsonPropertyName("joinTime"), JsonProperty("joinTime")] public double JoinTime { get; set; }
    [JsonPropertyName("lastSpeakTime"), JsonProperty("lastSpeakTime")] public double LastSpeakTime { get; set; }
    [JsonPropertyName("memberFlag"), JsonProperty("memberFlag")] public double MemberFlag { get; set; }
    [JsonPropertyName("memberFlagExt"), JsonProperty("memberFlagExt")] public double MemberFlagExt { get; set; }
    [JsonPropertyName("memberMobileFlag"), JsonProperty("memberMobileFlag")] public double MemberMobileFlag { get; set; }
    [JsonPropertyName("memberFlagExt2"), JsonProperty("memberFlagExt2")] public double MemberFlagExt2 { get; set; }
    [JsonPropertyName("isSpecialShielded"), JsonProperty("isSpecialShielded")] public bool IsSpecialShielded { get; set; }
    [JsonPropertyName("cardNameId"), JsonProperty("cardNameId")] public double CardNameId { get; set; }
}

/// <summary>Declared as an object with no properties.</summary>
public sealed class GroupHonorByHand
{
}

/// <summary>System.Text.Json's own source generator over the hand-written large type.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(GroupShutListByHand))]
public sealed partial class HandWrittenLargeJsonContext : JsonSerializerContext
{
}
#endif
