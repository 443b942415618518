using System.Text.Json.Nodes;
using SpecGen.Core.Assembly;
using SpecGen.Core.Diagnostics;
using SpecGen.Core.Tests.Support;
using SpecGen.Core.Writing;

namespace SpecGen.Core.Tests.Conversion;

/// <summary>The response envelope is recorded as x-specgen-envelope: from the settings, else recognised from the responses.</summary>
public sealed class EnvelopeTests
{
    [Theory]
    [InlineData("maxim", "code", "200", "message")]
    [InlineData("eyun", "code", "1000", "msg")]
    public void The_envelope_is_recognised_from_the_responses_and_the_code_description(string api, string code, string success, string message)
    {
        var envelope = Converted.Json(api)[SpecWriter.EnvelopeExtension]!;

        Assert.Equal(code, envelope["code"]!.GetValue<string>());
        Assert.Equal(new[] { success }, envelope["success"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.Equal(message, envelope["message"]!.GetValue<string>());
        Assert.Equal("data", envelope["data"]!.GetValue<string>());
        Assert.Contains(Converted.Api(api).Diagnostics, d => d.Code == DiagnosticCodes.EnvelopeRecognised && d.Line > 0);
    }

    [Fact]
    public void The_settings_envelope_wins_where_the_doc_does_not_say_what_success_is()
    {
        var envelope = Converted.Json("napcat")[SpecWriter.EnvelopeExtension]!;

        Assert.Equal("retcode", envelope["code"]!.GetValue<string>());
        Assert.Equal("0", envelope["success"]![0]!.GetValue<string>());
        Assert.DoesNotContain(Converted.Api("napcat").Diagnostics, d => d.Code is DiagnosticCodes.EnvelopeRecognised or DiagnosticCodes.EnvelopeWithoutSuccess);
    }

    [Fact]
    public void Without_settings_an_undocumented_success_code_is_reported_not_guessed()
    {
        var source = File.ReadAllText(Path.Combine(Repository.Specs, "napcat", "source.md"));

        var result = SpecConverter.Convert(source, "napcat.md");

        Assert.Null(JsonNode.Parse(result.Json)![SpecWriter.EnvelopeExtension]);
        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.EnvelopeWithoutSuccess);
        Assert.Contains("'retcode'", warning.Message);
    }

    [Theory]
    [InlineData("juhebot")]
    [InlineData("wukongchat")]
    public void Docs_whose_responses_are_not_enveloped_get_no_envelope(string api)
    {
        Assert.Null(Converted.Json(api)[SpecWriter.EnvelopeExtension]);
    }

    [Theory]
    [InlineData("返回码，200是成功", "200")]
    [InlineData("1000成功，1001失败", "1000")]
    [InlineData("成功为 0，其他为失败", "0")]
    [InlineData("0 means success", "0")]
    [InlineData("返回码", null)]
    [InlineData(null, null)]
    public void The_success_value_is_read_from_the_code_description(string? description, string? expected)
    {
        Assert.Equal(expected, Envelope.SuccessValue(description));
    }
}
