using SpecGen.Core.Readers.Fields;

namespace SpecGen.Core.Readers.Generic;

/// <summary>
/// A dialect read by the section machinery (<see cref="OperationLocator"/>, <see cref="OperationContentReader"/>):
/// a name, the fixed texts its generator writes once per operation, and its column vocabulary.
/// A new generator of this kind is a new profile, not a new reader.
/// </summary>
/// <param name="Name">The dialect name (settings, <c>--explain</c>).</param>
/// <param name="Markers">Texts the generator writes in every operation; null for the generic profile.</param>
/// <param name="Description">What the dialect is, for <c>--explain</c>.</param>
internal sealed record SectionProfile(string Name, string[]? Markers, ColumnVocabulary Vocabulary, string Description)
{
    /// <summary>Anything that shows method + path and field tables.</summary>
    public static SectionProfile Generic { get; } = new("generic", null, ColumnVocabulary.Generic, "method + path anywhere");

    /// <summary>smart-doc (Java): <c>**URL:**</c>, <c>**Type:**</c>, <c>**Content-Type:**</c>, <c>**Body-parameters:**</c>, <c>**Response-fields:**</c> with <c>└─</c> nesting.</summary>
    public static SectionProfile SmartDoc { get; } = new(
        "smart-doc",
        ["**URL:**", "**Type:**", "**Content-Type:**", "**Response-fields:**", "**Request-headers:**", "**Query-parameters:**", "**Body-parameters:**", "**Request-parameters:**", "**Response-example:**", "**Request-example:**"],
        ColumnVocabulary.Generic,
        "smart-doc's **URL:** / **Type:** / **Response-fields:** labels");

    /// <summary>knife4j's offline markdown: <c>**接口地址**</c>, <c>**请求方式**</c>, <c>**请求参数**</c> with 参数名称 | 参数说明 | 请求类型 | 是否必须 | 数据类型 | schema, <c>&amp;emsp;</c> nesting.</summary>
    public static SectionProfile Knife4j { get; } = new(
        "knife4j",
        [
            "**接口地址**", "**请求方式**", "**请求数据类型**", "**响应数据类型**", "**接口描述**", "**请求参数**", "**响应参数**", "**响应状态**",
            "**Interface address**", "**Request method**", "**Request data type**", "**Response data type**", "**Interface description**", "**Response status**",
        ],
        ColumnVocabulary.Generic,
        "knife4j's **接口地址** / **请求方式** / **响应参数** labels");

    /// <summary>YApi's markdown export: <c>### 基本信息</c>, <c>**Path：**</c>, <c>**Method：**</c>, HTML body tables with <c>├─</c> nesting.</summary>
    public static SectionProfile Yapi { get; } = new(
        "yapi",
        ["**Path：**", "**Method：**", "### 基本信息", "**接口描述：**", "**Path:**", "**Method:**"],
        ColumnVocabulary.Generic,
        "YApi's ### 基本信息 / **Path：** / **Method：** lines");

    /// <summary>ShowDoc's API template: <c>**请求URL：**</c>, <c>**请求方式：**</c>, <c>**参数：**</c>, <c>**返回示例**</c>.</summary>
    public static SectionProfile ShowDoc { get; } = new(
        "showdoc",
        ["**请求URL：**", "**请求方式：**", "**简要描述：**", "**返回示例**", "**返回参数说明**", "**请求URL:**", "**请求方式:**"],
        ColumnVocabulary.Generic,
        "ShowDoc's **简要描述** / **请求URL** / **请求方式** labels");
}
