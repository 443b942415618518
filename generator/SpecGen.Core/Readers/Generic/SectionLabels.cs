using System.Text.RegularExpressions;

namespace SpecGen.Core.Readers.Generic;

/// <summary>What the tables and code blocks after a label hold.</summary>
internal enum Role
{
    /// <summary>Request fields whose location the label does not say (请求参数, Request).</summary>
    Request,

    /// <summary>Fields whose direction the label does not say either (参数说明, 字段, Parameters): the request, unless the response was being described.</summary>
    Fields,
    Query,
    Path,
    Header,
    Body,
    Form,
    Response,
    RequestExample,
    ResponseExample,
    Description,

    /// <summary>Error codes, notes, change logs: their tables are not fields of this operation.</summary>
    Ignore,
}

/// <summary>
/// Label words in Chinese and English (headings, bold lines, <c>请求参数：</c> lines) and the role
/// of what follows them: the vocabulary the section-based readers share.
/// </summary>
internal static partial class SectionLabels
{
    /// <summary>Labels repeat (请求参数, Responses…): each text is read once. Bounded, like the type cache.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Role?> Known = new(StringComparer.Ordinal);

    /// <summary>The role a label announces, or null when the text is not a label.</summary>
    public static Role? Role(string text)
    {
        if (Known.TryGetValue(text, out var known))
        {
            return known;
        }

        var role = Read(text);
        if (text.Length <= 64)
        {
            if (Known.Count >= 4096)
            {
                Known.Clear();
            }

            Known.TryAdd(text, role);
        }

        return role;
    }

    private static Role? Read(string text)
    {
        var label = Normalize(text);
        if (label.Length == 0 || label.Length > 40)
        {
            return null;
        }

        if (ExampleWords().IsMatch(label))
        {
            return RequestWords().IsMatch(label) && !ResponseWords().IsMatch(label) ? Generic.Role.RequestExample : Generic.Role.ResponseExample;
        }

        if (IgnoreWords().IsMatch(label))
        {
            return Generic.Role.Ignore;
        }

        if (ResponseWords().IsMatch(label))
        {
            return Generic.Role.Response;
        }

        if (HeaderWords().IsMatch(label))
        {
            return Generic.Role.Header;
        }

        if (PathWords().IsMatch(label))
        {
            return Generic.Role.Path;
        }

        if (QueryWords().IsMatch(label))
        {
            return Generic.Role.Query;
        }

        if (FormWords().IsMatch(label))
        {
            return Generic.Role.Form;
        }

        if (BodyWords().IsMatch(label))
        {
            return Generic.Role.Body;
        }

        if (RequestWords().IsMatch(label))
        {
            return Generic.Role.Request;
        }

        if (FieldWords().IsMatch(label))
        {
            return Generic.Role.Fields;
        }

        return DescriptionWords().IsMatch(label) ? Generic.Role.Description : null;
    }

    /// <summary>The location of a parameter from an <c>in</c> cell (<c>query</c>, <c>路径</c>, <c>formData</c>…), or null.</summary>
    public static Role? Location(string? cell)
    {
        if (string.IsNullOrWhiteSpace(cell))
        {
            return null;
        }

        var word = cell.Trim().ToLowerInvariant();
        return word switch
        {
            _ when word.Contains("query") || word.Contains("查询") || word == "url" => Generic.Role.Query,
            _ when word.Contains("path") || word.Contains("路径") => Generic.Role.Path,
            _ when word.Contains("header") || word.Contains("头") => Generic.Role.Header,
            _ when word.Contains("form") || word.Contains("表单") => Generic.Role.Form,
            _ when word.Contains("body") || word.Contains("请求体") || word == "json" => Generic.Role.Body,
            _ when word.Contains("cookie") => Generic.Role.Header,
            _ => null,
        };
    }

    private static string Normalize(string text)
    {
        var label = EvidenceFinder.Clean(text);
        label = Numbering().Replace(label, string.Empty);
        return label.Trim().TrimEnd(':', '：', '.', '。').Trim();
    }

    [GeneratedRegex(@"^(?:\d+(?:\.\d+)*[.、)]?|[一二三四五六七八九十]+[、.]|\(\d+\)|（\d+）)\s*")]
    private static partial Regex Numbering();

    [GeneratedRegex(@"示例|例子|样例|范例|举例|example|sample|demo", RegexOptions.IgnoreCase)]
    private static partial Regex ExampleWords();

    [GeneratedRegex(@"错误码|错误代码|状态码说明|全局|注意|备注|更新|修改记录|变更|说明文档|changelog|error\s*code|errors?$|status\s*code", RegexOptions.IgnoreCase)]
    private static partial Regex IgnoreWords();

    [GeneratedRegex(@"返回|响应|出参|输出|回参|结果|response|result|return|output", RegexOptions.IgnoreCase)]
    private static partial Regex ResponseWords();

    [GeneratedRegex(@"请求头|头部|header", RegexOptions.IgnoreCase)]
    private static partial Regex HeaderWords();

    [GeneratedRegex(@"路径参数|path\s*-?\s*param|path\s*变量|^path$", RegexOptions.IgnoreCase)]
    private static partial Regex PathWords();

    [GeneratedRegex(@"查询参数|query|get\s*参数|url\s*参数", RegexOptions.IgnoreCase)]
    private static partial Regex QueryWords();

    [GeneratedRegex(@"表单|form", RegexOptions.IgnoreCase)]
    private static partial Regex FormWords();

    [GeneratedRegex(@"请求体|body|json\s*参数|请求\s*json", RegexOptions.IgnoreCase)]
    private static partial Regex BodyWords();

    [GeneratedRegex(@"请求|入参|输入|request", RegexOptions.IgnoreCase)]
    private static partial Regex RequestWords();

    [GeneratedRegex(@"参数|字段|param|argument|field", RegexOptions.IgnoreCase)]
    private static partial Regex FieldWords();

    [GeneratedRegex(@"描述|说明|简介|介绍|description|summary|概述|功能|基本信息|基础信息|接口信息|basic\s*info", RegexOptions.IgnoreCase)]
    private static partial Regex DescriptionWords();
}
