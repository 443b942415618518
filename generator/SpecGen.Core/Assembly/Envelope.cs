using NSwag;
using SpecGen.Core.Settings;

namespace SpecGen.Core.Assembly;

/// <summary>Records the vendor's response envelope as <c>x-specgen-envelope</c> for the SDK generator; the schemas stay as documented.</summary>
internal static class Envelope
{
    public const string Extension = "x-specgen-envelope";

    public static void Apply(OpenApiDocument document, ApiSettings settings)
    {
        if (settings.Envelope is not { } envelope)
        {
            return;
        }

        var value = new Dictionary<string, object?>
        {
            ["code"] = envelope.Code,
            ["success"] = envelope.Success.ToList(),
        };
        if (envelope.Message is { Length: > 0 } message)
        {
            value["message"] = message;
        }

        value["data"] = envelope.Data;
        document.ExtensionData ??= new Dictionary<string, object?>();
        document.ExtensionData[Extension] = value;
    }
}
