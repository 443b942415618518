using System.Text.Json;
using System.Text.Json.Serialization;
using SpecGen.Sdk.NapCat;

namespace SpecGen.Sdk.Tests;

/// <summary>Generated models work with System.Text.Json (source-generated contexts included) through their converters.</summary>
public sealed class JsonInteropTests
{
    [Fact]
    public void Models_round_trip_through_a_source_generated_context()
    {
        var request = new ArkSharePeerRequest { GroupId = 42L, UserId = "u-1", PhoneNumber = "138" };

        string json = JsonSerializer.Serialize(request, NapCatJsonContext.Default.ArkSharePeerRequest);
        ArkSharePeerRequest back = JsonSerializer.Deserialize(json, NapCatJsonContext.Default.ArkSharePeerRequest)!;

        Assert.Equal("""{"group_id":42,"user_id":"u-1","phoneNumber":"138"}""", json);
        Assert.True(back.GroupId!.Value.IsNumber);
        Assert.Equal("u-1", back.UserId.ToString());
        Assert.Equal(json, JsonSerializer.Serialize(back, NapCatJsonContext.Default.ArkSharePeerRequest));
    }

    [Fact]
    public void Extensible_enums_serialize_as_their_raw_value()
    {
        var request = new SetQqProfileRequest { Nickname = "n", Sex = "unknown-value" };

        string json = JsonSerializer.Serialize(request, NapCatJsonContext.Default.SetQqProfileRequest);

        Assert.Equal("""{"nickname":"n","sex":"unknown-value"}""", json);
        Assert.Equal(SetQqProfileRequestSex.Value0, JsonSerializer.Deserialize("\"0\"", NapCatJsonContext.Default.SetQqProfileRequestSex));
    }
}

[JsonSerializable(typeof(ArkSharePeerRequest))]
[JsonSerializable(typeof(SetQqProfileRequest))]
[JsonSerializable(typeof(SetQqProfileRequestSex))]
internal sealed partial class NapCatJsonContext : JsonSerializerContext;
