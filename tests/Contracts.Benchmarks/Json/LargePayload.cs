#if CONTRACTS_CORPUS
using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Contracts.Benchmarks.Json;

/// <summary>A realistic get_group_shut_list answer: 20 muted members, every declared member present, deterministic.</summary>
public static class LargePayload
{
    public const int Members = 20;

    public static byte[] Utf8()
    {
        var buffer = new ArrayBufferWriter<byte>();
        // Raw UTF-8 for the Chinese text, as the server sends it.
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("status", "ok");
            writer.WriteNumber("retcode", 0);
            writer.WriteStartArray("data");
            for (var i = 0; i < Members; i++) WriteMember(writer, i);
            writer.WriteEndArray();
            writer.WriteString("message", "");
            writer.WriteString("wording", "");
            writer.WriteString("stream", "normal-action");
            writer.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteMember(Utf8JsonWriter writer, int i)
    {
        var uin = (1_820_000_000L + i * 7_919L).ToString(CultureInfo.InvariantCulture);
        writer.WriteStartObject();
        writer.WriteString("uid", "u_" + unchecked((uint)i * 2_654_435_761u).ToString("x8", CultureInfo.InvariantCulture) + "Kq9ZfT3mWb7");
        writer.WriteString("qid", i % 3 == 0 ? "qid_" + i.ToString(CultureInfo.InvariantCulture) : "");
        writer.WriteString("uin", uin);
        writer.WriteString("nick", "群友" + i.ToString(CultureInfo.InvariantCulture));
        writer.WriteString("remark", "");
        writer.WriteNumber("cardType", 0);
        writer.WriteString("cardName", i % 2 == 0 ? "管理员 " + i.ToString(CultureInfo.InvariantCulture) : "");
        writer.WriteNumber("role", i == 0 ? 4 : 2);
        writer.WriteString("avatarPath", "");
        writer.WriteNumber("shutUpTime", 1_752_300_000 + i * 600);
        writer.WriteBoolean("isDelete", false);
        writer.WriteBoolean("isSpecialConcerned", false);
        writer.WriteBoolean("isSpecialShield", false);
        writer.WriteBoolean("isRobot", i == 7);
        writer.WriteStartObject("groupHonor");
        writer.WriteEndObject();
        writer.WriteNumber("memberRealLevel", 1 + i % 7);
        writer.WriteNumber("memberLevel", 10 + i);
        writer.WriteNumber("globalGroupLevel", 0);
        writer.WriteNumber("globalGroupPoint", 0);
        writer.WriteNumber("memberTitleId", 0);
        writer.WriteString("memberSpecialTitle", i % 5 == 0 ? "潜水冠军" : "");
        writer.WriteString("specialTitleExpireTime", "0");
        writer.WriteNumber("userShowFlag", 0);
        writer.WriteNumber("userShowFlagNew", 0);
        writer.WriteNumber("richFlag", 0);
        writer.WriteNumber("mssVipType", 0);
        writer.WriteNumber("bigClubLevel", 0);
        writer.WriteNumber("bigClubFlag", 0);
        writer.WriteString("autoRemark", "");
        writer.WriteNumber("creditLevel", 0);
        writer.WriteNumber("joinTime", 1_600_000_000 + i * 86_400);
        writer.WriteNumber("lastSpeakTime", 1_752_200_000 + i * 3_600);
        writer.WriteNumber("memberFlag", 0);
        writer.WriteNumber("memberFlagExt", 0);
        writer.WriteNumber("memberMobileFlag", 0);
        writer.WriteNumber("memberFlagExt2", 0);
        writer.WriteBoolean("isSpecialShielded", false);
        writer.WriteNumber("cardNameId", 0);
        writer.WriteEndObject();
    }
}
#endif
