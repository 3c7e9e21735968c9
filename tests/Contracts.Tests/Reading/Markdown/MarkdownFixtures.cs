using System.Linq;
using Contracts.Generator.Model;
using Contracts.Generator.Reading;
using Xunit;

namespace Contracts.Tests.Reading.Markdown;

/// <summary>Apifox Markdown exports for tests, read through the real entry point so detection is tested too.</summary>
internal static class MarkdownFixtures
{
    public const string FilePath = "docs/商店.md";

    public static ApiDocument Read(string text, string filePath = FilePath)
    {
        var document = ApiDocumentReader.Read(filePath, text, default);
        Assert.NotNull(document);
        Assert.Equal(SourceFormat.ApifoxMarkdown, document!.Format);
        return document;
    }

    /// <summary>The zero-based line holding <paramref name="text"/> in <paramref name="document"/>.</summary>
    public static int LineOf(string document, string text) => document.Split('\n').Select((line, i) => (line, i)).First(p => p.line.Contains(text)).i;

    public const string FrontMatter = """
        ---
        title: 商店
        language_tabs:
          - shell: Shell
        toc_footers: []
        includes: []
        search: true
        headingLevel: 2
        generator: "@tarslib/widdershins v4.0.30"

        ---

        """;

    /// <summary>A shop API as Apifox exports it in Chinese: every part the reader handles.</summary>
    public const string Shop = FrontMatter + """
        # 商店

        Base URLs:

        * <a href="http://127.0.0.1:8080">开发环境: http://127.0.0.1:8080</a>

        # Authentication

        - HTTP Authentication, scheme: bearer

        # 商品

        ## GET 商品列表

        GET /goods

        按分类列出商品

        ### 请求参数

        |名称|位置|类型|必选|中文名|说明|
        |---|---|---|---|---|---|
        |page|query|integer| 否 | 页码|最小值:1|
        |kind|query|string| 否 | 分类|none|
        |X-Shop|header|string| 是 | 门店|none|

        #### 枚举值

        |属性|值|
        |---|---|
        |kind|TEA|
        |kind|CUP|

        > 返回示例

        > 200 Response

        ```json
        {
          "code": 0,
          "data": [{"id": 7, "name": "茶", "tags": ["绿"]}]
        }
        ```

        ### 返回结果

        |状态码|状态码含义|说明|数据模型|
        |---|---|---|---|
        |200|[OK](https://tools.ietf.org/html/rfc7231#section-6.3.1)|成功|Inline|

        ### 返回数据结构

        状态码 **200**

        |名称|类型|必选|约束|中文名|说明|
        |---|---|---|---|---|---|
        |» code|integer|true|none|状态码|none|
        |» data|[object]|true|none|商品|none|
        |»» id|integer|true|none||none|
        |»» name|string¦null|false|none||none|
        |»» tags|[string]|false|none||none|

        ## PUT 修改商品

        PUT /goods/{id}

        > Body 请求参数

        ```json
        {
          "id": 7,
          "name": "茶"
        }
        ```

        ### 请求参数

        |名称|位置|类型|必选|说明|
        |---|---|---|---|---|
        |id|path|integer| 是 |none|
        |body|body|[Goods](#schemagoods)| 是 |none|

        > 返回示例

        > 成功

        ```json
        {"id": "seven", "name": "茶"}
        ```

        ### 返回结果

        |状态码|状态码含义|说明|数据模型|
        |---|---|---|---|
        |200|[OK](https://tools.ietf.org/html/rfc7231#section-6.3.1)|成功|[Goods](#schemagoods)|

        # 图片

        ## POST 上传图片

        POST /goods/{id}/photo

        > Body 请求参数

        ```yaml
        file: ""
        caption: 好茶

        ```

        ### 请求参数

        |名称|位置|类型|必选|说明|
        |---|---|---|---|---|
        |id|path|integer| 是 |none|
        |body|body|object| 否 |none|
        |» file|body|string(binary)| 是 |none|
        |» caption|body|string| 否 |图片说明|

        ### 返回结果

        |状态码|状态码含义|说明|数据模型|
        |---|---|---|---|
        |204|[No Content](https://tools.ietf.org/html/rfc7231#section-6.3.5)|none|Inline|

        # 数据模型

        <h2 id="tocS_Goods">Goods</h2>

        <a id="schemagoods"></a>
        <a id="schema_Goods"></a>
        <a id="tocSgoods"></a>
        <a id="tocsgoods"></a>

        ```json
        {
          "id": 0,
          "name": "string"
        }

        ```

        ### 属性

        |名称|类型|必选|约束|中文名|说明|
        |---|---|---|---|---|---|
        |id|integer(int64)|true|none|编号|none|
        |name|string|false|none|名称|none|
        |status|string|false|none||none|

        #### 枚举值

        |属性|值|
        |---|---|
        |status|ON_SALE|
        |status|SOLD_OUT|

        """;
}
