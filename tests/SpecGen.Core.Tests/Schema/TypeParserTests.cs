using SpecGen.Core.Schema;

namespace SpecGen.Core.Tests.Schema;

/// <summary>swagger2markup's type notations, read by the shared type parser.</summary>
public sealed class TypeParserTests
{
    [Theory]
    [InlineData("integer (int64)", "integer", "int64")]
    [InlineData("integer(int32)", "integer", "int32")]
    [InlineData("string (date-time)", "string", "date-time")]
    [InlineData("object", "object", null)]
    [InlineData("file", "string", "binary")]
    public void Scalars_with_formats(string text, string type, string? format)
    {
        Assert.Equal(new ScalarType(type, format), TypeParser.Parse(text));
    }

    [Fact]
    public void Angle_array_of_scalars_and_of_refs()
    {
        Assert.Equal(new ArrayType(new ScalarType("string")), TypeParser.Parse("< string > array"));
        Assert.Equal(new ArrayType(new RefType("Pet", "pet")), TypeParser.Parse("< [Pet](#pet) > array"));
    }

    [Fact]
    public void A_link_into_a_split_document_file_is_a_ref()
    {
        Assert.Equal(new RefType("Pet", "pet"), TypeParser.Parse("[Pet](definitions.md#pet)"));
        Assert.Equal(new ArrayType(new RefType("Group", "group")), TypeParser.Parse("< [Group](../definitions/Group.md#group) > array"));
    }

    [Fact]
    public void Collection_format_after_array_is_dropped()
    {
        Assert.Equal(new ArrayType(new ScalarType("string")), TypeParser.Parse("< string > array(multi)"));
        Assert.Equal(new ArrayType(new ScalarType("integer", "int64")), TypeParser.Parse("< integer (int64) > array(csv)"));
    }

    [Fact]
    public void Maps_with_scalar_and_ref_values_and_nested_generics()
    {
        Assert.Equal(new MapType(new ScalarType("string")), TypeParser.Parse("< string, string > map"));
        Assert.Equal(new MapType(new RefType("Serializable", "serializable")), TypeParser.Parse("< string, [Serializable](#serializable) > map"));
        var nested = Assert.IsType<ArrayType>(TypeParser.Parse("< < string, [Version](#op_version) > map > array"));
        Assert.Equal(new MapType(new RefType("Version", "op_version")), nested.Items);
        Assert.Equal(new MapType(new ArrayType(new ScalarType("string"))), TypeParser.Parse("< string, < string > array > map"));
    }

    [Fact]
    public void Enum_lists_its_values()
    {
        var type = Assert.IsType<EnumType>(TypeParser.Parse("enum (available, pending, sold)"));
        Assert.Equal(new[] { "available", "pending", "sold" }, type.Values);
    }

    [Fact]
    public void Old_trailing_array_notation()
    {
        Assert.Equal(new ArrayType(new ScalarType("string")), TypeParser.Parse("string array"));
        Assert.Equal(new ArrayType(new UnknownType("UserEntity")), TypeParser.Parse("UserEntity array"));
        Assert.Equal(new ArrayType(new ScalarType("number", "float")), TypeParser.Parse("number (float) array"));
    }

    [Fact]
    public void Enum_and_map_become_schemas()
    {
        var factory = new SchemaFactory(new NoRefs(), new Diagnostics.DiagnosticBag("x.md"));

        var enumeration = factory.Create(TypeParser.Parse("enum (OFF, ON)"), 1);
        Assert.Equal(Model.JsonType.String, enumeration.Type);
        Assert.Equal(new object[] { "OFF", "ON" }, enumeration.Enum);
        var map = factory.Create(TypeParser.Parse("< string, integer (int32) > map"), 1);
        Assert.Equal(Model.JsonType.Object, map.Type);
        Assert.Equal(("integer", "int32"), (map.AdditionalProperties!.Type.ToString().ToLowerInvariant(), map.AdditionalProperties.Format));
    }

    private sealed class NoRefs : IRefResolver
    {
        public Model.SpecSchema? Resolve(RefType reference) => null;
    }
}
