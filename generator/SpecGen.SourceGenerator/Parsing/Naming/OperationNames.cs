using System;
using System.Collections.Generic;
using System.Text;

namespace SpecGen.SourceGenerator.Parsing.Naming;

/// <summary>A method name, and the longer ones to use, in order, when it is taken by another operation.</summary>
internal readonly struct OperationName
{
    public OperationName(string name, params string?[] alternatives)
    {
        Name = name;
        var distinct = new List<string>();
        foreach (string? alternative in alternatives)
        {
            if (alternative is not null && alternative != name && !distinct.Contains(alternative))
            {
                distinct.Add(alternative);
            }
        }

        Alternatives = distinct;
    }

    public string Name { get; }

    /// <summary>The path's resource words added (GetFinderQrCode), then the method and path words (PutUserAvatarBatch).</summary>
    public IReadOnlyList<string> Alternatives { get; }
}

/// <summary>
/// The method name of an operation, English first and pinyin last, in this order:
/// 1. the operation's <c>x-specgen-name</c> (an override set in the spec);
/// 2. the documented operationId when it is English and says more than the path (FastAPI's generated
///    <c>decorator_…_post</c> and an id that only restates the path count as the path; an action named like
///    its path, NapCat's <c>send_group_msg</c> for <c>/send_group_msg</c>, is documented);
/// 3. the path's English words with a verb: the path's own (<c>/getChatRoomMember</c> → GetChatRoomMember,
///    <c>/msg/send_text</c> → SendText, <c>/message/revoke</c> → RevokeMessage), else one from the method
///    (<c>PUT /groups/{group_no}/members/{uid}</c> → UpdateGroupMember, GET of a collection → List…,
///    DELETE → Delete…) or, for a POST, from the summary's first word (设置… → Set…) or Create for a collection;
/// 4. the glossary translation of the Chinese summary;
/// 5. pinyin: the operationId as it is, or the method and path words.
/// </summary>
internal static class OperationNames
{
    /// <summary>English verbs that open an operation name (lowercase). Abbreviations seen in paths included.</summary>
    private static readonly HashSet<string> Verbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "accept", "add", "agree", "allow", "apply", "approve", "authorize", "ban", "batch", "bind", "block", "browse",
        "can", "cancel", "change", "check", "clean", "clear", "close", "comment", "confirm", "create", "decline", "del", "delete",
        "destroy", "detect", "disable", "dismiss", "download", "edit", "enable", "execute", "exit", "fetch", "find", "follow",
        "forward", "generate", "get", "grant", "handle", "has", "init", "initialize", "invite", "is", "join", "kick",
        "leave", "like", "list", "load", "login", "logout", "mark", "merge", "mod", "modify", "move", "mute", "open",
        "pin", "poke", "publish", "push", "query", "quit", "read", "recall", "receive", "refresh", "register",
        "reject", "remind", "remove", "rename", "reply", "report", "request", "reset", "resolve", "restore", "revoke",
        "save", "scan", "search", "send", "set", "share", "start", "stop", "sync", "transfer", "translate", "unbind",
        "unpin", "update", "upload", "verify",
    };

    /// <summary>Abbreviations in paths, written out in a name (/delContactLabel → DeleteContactLabel).</summary>
    private static readonly Dictionary<string, string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        ["del"] = "Delete",
        ["mod"] = "Modify",
    };

    /// <summary>Words a framework puts around a generated operationId (FastAPI: function name, path, method).</summary>
    private static readonly HashSet<string> FrameworkNoise = new(StringComparer.OrdinalIgnoreCase)
    {
        "decorator", "wrapper", "endpoint", "handler", "route", "api",
    };

    private static readonly HashSet<string> HttpMethods = new(StringComparer.OrdinalIgnoreCase)
    {
        "get", "post", "put", "delete", "patch", "head", "options", "trace",
    };

    public static OperationName Choose(string method, string path, string? operationId, string? summary, string? nameOverride)
    {
        if (nameOverride is not null && Identifiers.IsValidIdentifier(nameOverride))
        {
            return new OperationName(nameOverride);
        }

        if (operationId is not null && Documented(operationId, method, path) is { } documented)
        {
            return new OperationName(documented);
        }

        if (FromPath(method, path, summary) is { } fromPath)
        {
            // POST and PUT /user/avatar/batch (one action, two methods): BatchUserAvatar, then PutUserAvatarBatch.
            var alternatives = new List<string?>(fromPath.Alternatives) { Fallback(method, path) };
            return new OperationName(fromPath.Name, alternatives.ToArray());
        }

        if (summary is not null && Glossary.Translate(summary) is { } translated)
        {
            return new OperationName(translated);
        }

        return new OperationName(operationId is not null ? Identifiers.ToPascalCase(operationId, "Operation", "Operation") : Fallback(method, path));
    }

    /// <summary>The operationId as a name when it is English and more than a restatement of the path; else null.</summary>
    public static string? Documented(string operationId, string method, string path)
    {
        List<string> words = Identifiers.Words(operationId);
        if (words.Count == 0 || Pinyin.HasPinyin(words) || !IsAscii(words))
        {
            return null;
        }

        // FastAPI's generated id: a framework function name, the route's path, the method (decorator_…_post).
        if (words.Count > 2 && FrameworkNoise.Contains(words[0]) && string.Equals(words[words.Count - 1], method, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        // An action named like its path (NapCat: operationId send_group_msg for /send_group_msg) is documented
        // as it is; a lone noun (operationId message for DELETE /message) is not an action.
        bool isActionName = words.Count >= 2 && string.Equals(operationId, LastLiteralSegment(path), StringComparison.Ordinal);
        if (!isActionName && RestatesPath(words, path))
        {
            return null;
        }

        return Identifiers.ToPascalCase(operationId, "Operation", "Operation");
    }

    /// <summary>
    /// True when, less framework noise, the method and "by", every word of the operationId is a word of the
    /// path: <c>groups_by_group_no_members_by_uid</c>, <c>decorator_client_restore_client_post</c>,
    /// <c>post_user_authmode</c>. Such an id was generated from the path and names nothing the path does not.
    /// </summary>
    private static bool RestatesPath(List<string> words, string path)
    {
        var pathWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (string segment in path.Split('/'))
        {
            foreach (string word in Identifiers.Words(segment))
            {
                pathWords.Add(word);
            }
        }

        foreach (string word in words)
        {
            if (!pathWords.Contains(word) && !FrameworkNoise.Contains(word) && !HttpMethods.Contains(word)
                && !string.Equals(word, "by", StringComparison.OrdinalIgnoreCase) && !IsVersion(word))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The name from the path's English words and a verb; null when the path has no English words.</summary>
    public static OperationName? FromPath(string method, string path, string? summary)
    {
        var segments = new List<List<string>>();
        var beforeParameter = new List<bool>();
        var parameterWords = new List<string>();
        bool hasParameter = false;
        foreach (string segment in path.Split('/'))
        {
            if (segment.StartsWith("{", StringComparison.Ordinal) && segment.EndsWith("}", StringComparison.Ordinal))
            {
                hasParameter = true;
                parameterWords.Add("By");
                parameterWords.AddRange(Names.Pascal(Identifiers.Words(segment)));
                if (beforeParameter.Count > 0)
                {
                    beforeParameter[beforeParameter.Count - 1] = true;
                }

                continue;
            }

            List<string> words = Names.Pascal(Identifiers.Words(segment)).ConvertAll(w => Abbreviations.TryGetValue(w, out string? full) ? full : w);
            if (words.Count > 0)
            {
                segments.Add(words);
                beforeParameter.Add(false);
            }
        }

        var all = new List<string>();
        foreach (List<string> words in segments)
        {
            all.AddRange(words);
        }

        if (all.Count == 0 || !IsAscii(all) || Pinyin.HasPinyin(all))
        {
            return null;
        }

        List<string> last = segments[segments.Count - 1];
        var resources = new List<string>();
        for (int i = 0; i < segments.Count - 1; i++)
        {
            foreach (string word in segments[i])
            {
                resources.Add(beforeParameter[i] ? Names.Singular(word) : word);
            }
        }

        if (Verbs.Contains(last[0]))
        {
            if (last.Count == 1)
            {
                // /message/revoke → RevokeMessage
                return Named(Prepend(last[0], resources), null);
            }

            // /msg/send_text → SendText; taken: SendMsgText
            var longWords = new List<string> { last[0] };
            longWords.AddRange(resources);
            longWords.AddRange(last.GetRange(1, last.Count - 1));
            return Named(last, longWords);
        }

        var nouns = new List<string>(resources);
        foreach (string word in last)
        {
            nouns.Add(beforeParameter[segments.Count - 1] ? Names.Singular(word) : word);
        }

        string? verb = MethodVerb(method, last, beforeParameter[segments.Count - 1], hasParameter, summary);
        bool verbInPath = verb is not null && all.Exists(w => string.Equals(w, verb, StringComparison.OrdinalIgnoreCase));
        List<string> named = verb is null || verbInPath ? nouns : Prepend(verb, nouns);

        // GET /label and GET /label/{id}: GetLabel, then GetLabelById.
        var byParameters = new List<string>(named);
        byParameters.AddRange(parameterWords);
        return Named(named, byParameters);
    }

    /// <summary>
    /// The verb the method implies: GET → Get (List for a collection), PUT/PATCH → Update, DELETE → Delete;
    /// POST → the summary's first word when the glossary makes it a verb (设置 → Set), else Create for a
    /// collection, else none (an RPC path such as /snsComment names its action already).
    /// </summary>
    private static string? MethodVerb(string method, List<string> last, bool lastBeforeParameter, bool hasParameter, string? summary)
    {
        switch (method.ToUpperInvariant())
        {
            case "GET":
                return !lastBeforeParameter && Names.IsPlural(last[last.Count - 1]) ? "List" : "Get";
            case "PUT":
            case "PATCH":
                return "Update";
            case "DELETE":
                return "Delete";
            case "POST":
                string? first = summary is null ? null : Glossary.FirstWord(summary);
                if (first is not null && Verbs.Contains(first))
                {
                    return first;
                }

                // REST: POST to a collection (/events, /groups/{id}/members) creates; an RPC path (/snsPrivacySettings) names its action.
                return hasParameter || (last.Count == 1 && Names.IsPlural(last[0])) ? "Create" : null;
            default:
                return Identifiers.ToPascalCase(method.ToLowerInvariant(), "Call");
        }
    }

    /// <summary>The pre-policy name, for pinyin-only operations without an operationId: method and path words.</summary>
    private static string Fallback(string method, string path)
    {
        var sb = new StringBuilder(Identifiers.ToPascalCase(method.ToLowerInvariant(), "Call"));
        foreach (string segment in path.Split('/'))
        {
            if (segment.Length == 0)
            {
                continue;
            }

            if (segment.StartsWith("{", StringComparison.Ordinal) && segment.EndsWith("}", StringComparison.Ordinal))
            {
                sb.Append("By").Append(Identifiers.ToPascalCase(segment.Substring(1, segment.Length - 2), "Id"));
            }
            else
            {
                sb.Append(Identifiers.ToPascalCase(segment, string.Empty));
            }
        }

        return sb.ToString();
    }

    private static OperationName Named(List<string> words, List<string>? longWords)
    {
        string name = Identifiers.ToPascalCase(Names.Join(Names.DropRepeatedWords(words)), "Operation", "Operation");
        string? longName = longWords is null ? null : Identifiers.ToPascalCase(Names.Join(Names.DropRepeatedWords(longWords)), "Operation", "Operation");
        return new OperationName(name, longName);
    }

    private static List<string> Prepend(string first, List<string> rest)
    {
        var words = new List<string> { first };
        words.AddRange(rest);
        return words;
    }

    private static string LastLiteralSegment(string path)
    {
        string[] segments = path.Split('/');
        for (int i = segments.Length - 1; i >= 0; i--)
        {
            if (segments[i].Length > 0 && !segments[i].StartsWith("{", StringComparison.Ordinal))
            {
                return segments[i];
            }
        }

        return string.Empty;
    }

    private static bool IsVersion(string word) => word.Length >= 2 && (word[0] == 'v' || word[0] == 'V') && char.IsDigit(word[1]);

    private static bool IsAscii(List<string> words)
    {
        foreach (string word in words)
        {
            foreach (char c in word)
            {
                if (c >= 0x80 || !char.IsLetterOrDigit(c))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
