using System.Globalization;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SpecGen.Core.Tests.RealDocs;

/// <summary>
/// YAML → JSON as the JavaScript tools that rendered these docs read it: a key written twice keeps
/// its last value (js-yaml's <c>json: true</c>), where strict readers refuse the file.
/// Plain scalars keep YAML's typing (booleans, null, numbers); anchors and aliases are followed.
/// </summary>
public static class LenientYaml
{
    public static string ToJson(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        parser.Consume<StreamStart>();
        parser.Consume<DocumentStart>();
        var anchors = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        var root = Read(parser, anchors);
        return root?.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }) ?? "{}";
    }

    private static JsonNode? Read(IParser parser, Dictionary<string, JsonNode?> anchors)
    {
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            return Remember(anchors, scalar.Anchor, ScalarValue(scalar));
        }

        if (parser.TryConsume<AnchorAlias>(out var alias))
        {
            return anchors.TryGetValue(alias.Value.Value, out var target) ? target?.DeepClone() : null;
        }

        if (parser.TryConsume<SequenceStart>(out var sequenceStart))
        {
            var array = new JsonArray();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                array.Add(Read(parser, anchors));
            }

            return Remember(anchors, sequenceStart.Anchor, array);
        }

        var mappingStart = parser.Consume<MappingStart>();
        var obj = new JsonObject();
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var key = Read(parser, anchors)?.ToString() ?? string.Empty;
            obj[key] = Read(parser, anchors); // a repeated key keeps its last value
        }

        return Remember(anchors, mappingStart.Anchor, obj);
    }

    private static JsonNode? Remember(Dictionary<string, JsonNode?> anchors, AnchorName anchor, JsonNode? node)
    {
        if (!anchor.IsEmpty)
        {
            anchors[anchor.Value] = node;
        }

        return node;
    }

    private static JsonNode? ScalarValue(Scalar scalar)
    {
        var value = scalar.Value;
        if (scalar.Style != ScalarStyle.Plain)
        {
            return JsonValue.Create(value);
        }

        switch (value)
        {
            case "true" or "True" or "TRUE":
                return JsonValue.Create(true);
            case "false" or "False" or "FALSE":
                return JsonValue.Create(false);
            case "null" or "Null" or "NULL" or "~" or "":
                return null;
        }

        if (long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var integer))
        {
            return JsonValue.Create(integer);
        }

        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) && double.IsFinite(real) && value.Any(char.IsDigit)
            ? JsonValue.Create(real)
            : JsonValue.Create(value);
    }
}
