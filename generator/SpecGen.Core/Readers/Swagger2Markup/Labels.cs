using SpecGen.Core.Readers.Fields;

namespace SpecGen.Core.Readers.Swagger2Markup;

/// <summary>The parts of an operation section, by their heading.</summary>
internal enum Part
{
    None,
    Description,
    Parameters,
    BodyParameter,
    Responses,
    Consumes,
    Produces,
    Tags,
    Security,
    ExampleRequest,
    ExampleResponse,
    Unknown,
}

/// <summary>
/// swagger2markup's labels in English and Chinese (<c>Language.ZH</c>; 1.2 and 1.3 differ: 概观/概览,
/// 架构/类型 for Schema, 默认列/默认值 for Default) and 0.x's column words (<c>Required</c>, <c>QueryParameter</c>).
/// </summary>
internal static class Labels
{
    public static readonly string[] Paths = ["Paths", "Resources", "路径", "资源"];

    public static readonly string[] Definitions = ["Definitions", "定义"];

    public static readonly string[] Overview = ["Overview", "概览", "概观"];

    public static readonly string[] Security = ["Security", "安全"];

    public static readonly string[] Version = ["Version", "版本"];

    public static readonly string[] Host = ["Host", "域名"];

    public static readonly string[] BasePath = ["BasePath", "基础路径"];

    public static readonly string[] Schemes = ["Schemes", "方案"];

    public static readonly string[] TagList = ["Tags", "标签"];

    public static readonly string[] Type = ["Type", "类型"];

    public static readonly string[] Name = ["Name", "名称"];

    public static readonly string[] In = ["In", "在"];

    public static readonly string[] Flags = ["Flags", "标志"];

    public static readonly string[] NoContent = ["No Content", "无内容"];

    /// <summary><c>|Type|Name|Description|Schema|Default|</c>, <c>|类型|名称|说明|类型|</c>, 0.x <c>|Type|Name|Description|Required|Schema|Default|</c>.</summary>
    public static readonly ColumnVocabulary ParameterColumns = new()
    {
        In = ["Type", "类型"],
        Name = ["Name", "名称"],
        Type = ["Schema", "架构", "类型"],
        Description = ["Description", "说明", "描述"],
        Required = ["Required"],
        Default = ["Default", "默认值", "默认列"],
    };

    /// <summary><c>|HTTP Code|Description|Schema|</c>, <c>|HTTP代码|说明|架构|</c>: the code is the row's name.</summary>
    public static readonly ColumnVocabulary ResponseColumns = new()
    {
        Name = ["HTTP Code", "HTTP代码"],
        Type = ["Schema", "架构", "类型"],
        Description = ["Description", "说明", "描述"],
    };

    /// <summary><c>|Name|Description|Schema|</c>, <c>|名称|说明|类型|</c>, 0.x <c>|Name|Description|Required|Schema|Default|</c>.</summary>
    public static readonly ColumnVocabulary PropertyColumns = new()
    {
        Name = ["Name", "名称"],
        Type = ["Schema", "架构", "类型"],
        Description = ["Description", "说明", "描述"],
        Required = ["Required"],
        Default = ["Default", "默认值", "默认列"],
    };

    /// <summary>An operation's <c>|Type|Name|Scopes|</c> security table: the scheme is the row's name.</summary>
    public static readonly ColumnVocabulary SecurityColumns = new()
    {
        Name = ["Name", "名称"],
        Type = ["Type", "类型"],
        Description = ["Scopes", "作用域"],
    };

    public static Part PartOf(string heading) => heading.Trim() switch
    {
        "Description" or "说明" or "描述" => Part.Description,
        "Parameters" or "参数" => Part.Parameters,
        "Body parameter" or "Body参数" => Part.BodyParameter,
        "Responses" or "响应" => Part.Responses,
        "Consumes" or "消耗" => Part.Consumes,
        "Produces" or "生成" => Part.Produces,
        "Tags" or "标签" => Part.Tags,
        "Security" or "安全" => Part.Security,
        "Example HTTP request" or "HTTP请求示例" => Part.ExampleRequest,
        "Example HTTP response" or "HTTP响应示例" => Part.ExampleResponse,
        _ => Part.Unknown,
    };

    public static bool Is(string text, string[] labels) => labels.Any(l => string.Equals(text.Trim(), l, StringComparison.OrdinalIgnoreCase));
}
