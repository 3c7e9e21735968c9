using System;

namespace Contracts.Generator.Reading.Markdown;

/// <summary>The headings, quote lines and column titles of the export, in its Chinese and English templates.</summary>
internal static class WiddershinsWords
{
    public static bool IsAuthentication(string heading) => Is(heading, "Authentication", "认证", "鉴权");

    public static bool IsSchemas(string heading) => Is(heading, "数据模型", "Schemas");

    public static bool IsParameters(string heading) => Is(heading, "请求参数", "Parameters");

    public static bool IsResponses(string heading) => Is(heading, "返回结果", "Responses");

    public static bool IsResponseStructure(string heading) => Is(heading, "返回数据结构", "Responses Data Schema", "Response Schema");

    public static bool IsProperties(string heading) => Is(heading, "属性", "Properties");

    public static bool IsEnumValues(string heading) => Is(heading, "枚举值", "Enumerated Values");

    public static bool IsBodyQuote(string quote) => Is(quote, "Body 请求参数", "Body parameter", "Body parameters");

    public static bool IsExamplesQuote(string quote) => Is(quote, "返回示例", "Example responses", "Example response");

    /// <summary>"状态码 **200**" or "Status Code **200**": the status a response structure table belongs to.</summary>
    public static bool TryReadStatusLine(string paragraph, out int status)
    {
        status = 0;
        var text = paragraph.Trim();
        if (!text.StartsWith("状态码", StringComparison.Ordinal) && !text.StartsWith("Status Code", StringComparison.OrdinalIgnoreCase)) return false;
        var digits = text.Replace("*", "").Replace("状态码", "").Trim();
        if (digits.StartsWith("Status Code", StringComparison.OrdinalIgnoreCase)) digits = digits.Substring("Status Code".Length).Trim();
        return int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out status);
    }

    /// <summary>"200 Response" → 200.</summary>
    public static bool TryReadResponseQuote(string quote, out int status)
    {
        status = 0;
        var parts = quote.Split(' ');
        return parts.Length == 2 && parts[1] == "Response"
            && int.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out status);
    }

    /// <summary>A column's role from its title.</summary>
    public static Column ColumnOf(string title) => title.Trim() switch
    {
        "名称" or "Name" or "属性" or "Property" => Column.Name,
        "位置" or "In" or "Location" => Column.In,
        "类型" or "Type" => Column.Type,
        "必选" or "Required" => Column.Required,
        "中文名" or "Title" => Column.Title,
        "说明" or "Description" or "description" => Column.Description,
        "约束" or "Restrictions" => Column.Restrictions,
        "状态码" or "Status" => Column.Status,
        "状态码含义" or "Meaning" => Column.Meaning,
        "数据模型" or "Schema" => Column.Schema,
        "值" or "Value" => Column.Value,
        _ => Column.Other,
    };

    /// <summary>"是", "true", "yes" (any case) say required.</summary>
    public static bool IsYes(string cell)
    {
        var text = cell.Trim();
        return text == "是" || text.Equals("true", StringComparison.OrdinalIgnoreCase) || text.Equals("yes", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"none" (and empty) is the export's word for "no description".</summary>
    public static string? Text(string cell)
    {
        var text = cell.Trim();
        return text.Length == 0 || text == "none" ? null : text;
    }

    private static bool Is(string text, params string[] words)
    {
        var trimmed = text.Trim();
        foreach (var word in words)
        {
            if (trimmed.Equals(word, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    internal enum Column
    {
        Other,
        Name,
        In,
        Type,
        Required,
        Title,
        Description,
        Restrictions,
        Status,
        Meaning,
        Schema,
        Value,
    }
}
