#:project ../../generator/SpecGen.SourceGenerator/SpecGen.SourceGenerator.csproj
#:property TargetFramework=net10.0
#:property PublishAot=false

// The public-surface naming report over generated SDK sources (report.sh writes them with
// EmitCompilerGeneratedFiles): per SDK, the client's methods, the method names that are pinyin although
// the path or the operationId has English words, framework-noise names (Decorator…Post), pinyin type names,
// the type names over 40 characters and the longest name.
// It judges pinyin with the generator's own rule (Parsing/Naming/Pinyin.cs) and tables.
//   dotnet run tools/surface/SurfaceReport.cs -- <Api>=<generated-sources-dir> ...
using System.Text.RegularExpressions;
using SpecGen.SourceGenerator.Parsing;
using SpecGen.SourceGenerator.Parsing.Naming;

var operationDoc = new Regex(@"<para><c>(?<method>[A-Z]+) (?<path>[^<]+)</c>(?: \(operation <c>(?<id>[^<]+)</c>)?", RegexOptions.CultureInvariant);
// The client interface's declarations: "    global::System.Threading.Tasks.Task<T?> NameAsync(" after their docs.
var methodDeclaration = new Regex(@"^\s*(?:public )?(?:async )?global::System\.Threading\.Tasks\.Task\b[^(]*?\b(?<name>\w+)Async\(", RegexOptions.CultureInvariant);
var typeDeclaration = new Regex(@"^\s*public (?:(?:sealed|static|readonly|partial|abstract) )*(?:class|struct|record|enum|interface) (?<name>\w+)", RegexOptions.CultureInvariant | RegexOptions.Multiline);

Console.WriteLine("| SDK | methods | pinyin methods with English path/operationId | framework-noise methods | types | pinyin types | types over 40 chars | longest name |");
Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
foreach (string argument in args)
{
    string[] parts = argument.Split('=', 2);
    string api = parts[0];
    string[] files = Directory.GetFiles(parts[1], "*.g.cs", SearchOption.AllDirectories);
    var methods = new SortedDictionary<string, (string Method, string Path, string? Id)>(StringComparer.Ordinal);
    foreach (string file in files.Where(f => f.EndsWith(".Client.g.cs", StringComparison.Ordinal)))
    {
        Match? doc = null;
        foreach (string line in File.ReadLines(file))
        {
            Match d = operationDoc.Match(line);
            if (d.Success)
            {
                doc = d;
                continue;
            }

            Match m = methodDeclaration.Match(line);
            if (m.Success && doc is not null)
            {
                string name = m.Groups["name"].Value;
                if (!name.EndsWith("WithEnvelope", StringComparison.Ordinal))
                {
                    methods[name] = (doc.Groups["method"].Value, doc.Groups["path"].Value, doc.Groups["id"].Success ? doc.Groups["id"].Value : null);
                }

                doc = null;
            }
        }
    }

    var types = new SortedSet<string>(StringComparer.Ordinal);
    foreach (string file in files)
    {
        foreach (Match t in typeDeclaration.Matches(File.ReadAllText(file)))
        {
            types.Add(t.Groups["name"].Value);
        }
    }

    var pinyin = methods.Where(m => Pinyin.HasPinyin(Identifiers.Words(m.Key)) && (HasEnglishPath(m.Value.Path) || HasEnglishWord(m.Value.Id))).Select(m => m.Key).ToList();
    var noise = methods.Where(m => IsFrameworkNoise(m.Key, m.Value.Method)).Select(m => m.Key).ToList();
    var pinyinTypes = types.Where(t => Pinyin.HasPinyin(Identifiers.Words(t))).ToList();
    var longTypes = types.Where(t => t.Length > 40).ToList();
    string longest = methods.Keys.Select(m => m + "Async").Concat(types).OrderByDescending(n => n.Length).ThenBy(n => n, StringComparer.Ordinal).FirstOrDefault() ?? "";
    Console.WriteLine($"| {api} | {methods.Count} | {pinyin.Count} | {noise.Count} | {types.Count} | {pinyinTypes.Count} | {longTypes.Count} | `{longest}` ({longest.Length}) |");
    foreach (string name in pinyin)
    {
        Console.Error.WriteLine($"{api}: pinyin method {name}Async ({methods[name].Method} {methods[name].Path}, operation {methods[name].Id})");
    }

    foreach (string name in pinyinTypes)
    {
        Console.Error.WriteLine($"{api}: pinyin type {name}");
    }

    foreach (string name in longTypes)
    {
        Console.Error.WriteLine($"{api}: type over 40 characters {name} ({name.Length})");
    }
}

// FastAPI's generated name kept as it is: DecoratorClientRestoreClientPost.
static bool IsFrameworkNoise(string name, string method)
{
    List<string> words = Identifiers.Words(name);
    return words.Count > 2 && words[0] == "Decorator" && string.Equals(words[^1], method, StringComparison.OrdinalIgnoreCase);
}

// The path's literal words are English: ASCII and not pinyin (/getChatRoomMember, /msg/send_text).
static bool HasEnglishPath(string path)
{
    var words = path.Split('/').Where(s => s.Length > 0 && !s.StartsWith('{')).SelectMany(s => Identifiers.Words(s)).ToList();
    return words.Count > 0 && words.All(w => w.All(char.IsAscii)) && !Pinyin.HasPinyin(words);
}

// The operationId has a word that is English (ASCII, two letters or more, not a pinyin syllable): queryGroupList.
static bool HasEnglishWord(string? operationId) =>
    operationId is not null && Identifiers.Words(operationId).Any(w => w.Length >= 2 && w.All(char.IsAsciiLetter) && Pinyin.Syllables(w) == 0);
