namespace SpecGen.Core.Readers.Fields;

/// <summary>
/// The header words a dialect uses for each column of a field table. A reader for a new dialect is
/// mostly a vocabulary: <see cref="FieldColumns.Map"/> finds the columns, <see cref="FieldTableReader"/>
/// reads the rows. Words are matched case-insensitively, with bold, backticks and a trailing colon removed.
/// </summary>
internal sealed record ColumnVocabulary
{
    public required string[] Name { get; init; }

    public required string[] Type { get; init; }

    public string[] Required { get; init; } = [];

    public string[] Description { get; init; } = [];

    /// <summary>Where a parameter goes (<c>query</c>, <c>path</c>, <c>header</c>, <c>body</c>, …).</summary>
    public string[] In { get; init; } = [];

    /// <summary>A display name beside the wire name (widdershins' 中文名).</summary>
    public string[] Title { get; init; } = [];

    public string[] Default { get; init; } = [];

    public string[] Example { get; init; } = [];

    /// <summary>
    /// Every word seen for field tables in Chinese and English docs (hand-written, smart-doc, knife4j,
    /// YApi, table exports, …): what the generic reader uses.
    /// </summary>
    public static ColumnVocabulary Generic { get; } = new()
    {
        Name =
        [
            "参数名", "参数名称", "参数", "字段", "字段名", "字段名称", "名称", "属性", "属性名", "变量名", "键", "key", "name",
            "parameter", "param", "field", "property", "参数名（英文）", "请求参数", "返回参数", "响应参数", "元素名称",
        ],
        Type = ["类型", "数据类型", "参数类型", "字段类型", "值类型", "type", "data type", "datatype", "schema"],
        Required =
        [
            "必填", "必选", "是否必填", "是否必须", "是否必选", "必须", "必需", "是否必需", "必传", "是否必传", "可选", "不为空", "允许为空",
            "required", "require", "mandatory", "optional",
        ],
        Description =
        [
            "说明", "描述", "备注", "含义", "参数说明", "参数描述", "字段说明", "字段描述", "注释", "解释", "描述说明", "备注说明",
            "description", "desc", "comment", "comments", "remark", "remarks", "notes", "note", "meaning",
        ],
        In = ["位置", "参数位置", "所在位置", "请求类型", "参数类型(位置)", "in", "located in", "location", "param type", "parameter type"],
        Title = ["中文名", "中文名称", "显示名"],
        Default = ["默认值", "默认", "default", "default value"],
        Example = ["示例", "示例值", "样例", "例子", "举例", "example", "sample", "示例值(example)"],
    };
}
