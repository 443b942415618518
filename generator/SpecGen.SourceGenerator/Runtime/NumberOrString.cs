namespace SpecGen.Runtime.Template;

/// <summary>
/// A value the API sends either as a JSON number or as a JSON string (IDs, codes). Values compare by
/// their text, so <c>1000</c> equals <c>"1000"</c>; the original JSON kind is kept for writing.
/// </summary>
[global::System.Text.Json.Serialization.JsonConverter(typeof(NumberOrString.SpecGenConverter))]
[global::System.CodeDom.Compiler.GeneratedCode("SpecGen", "1.0")]
public readonly struct NumberOrString : global::System.IEquatable<NumberOrString>
{
    private readonly string? _text;

    private NumberOrString(string text, bool isNumber)
    {
        _text = text;
        IsNumber = isNumber;
    }

    /// <summary>True when the value is (or was received as) a JSON number.</summary>
    public bool IsNumber { get; }

    /// <summary>True when the value is (or was received as) a JSON string.</summary>
    public bool IsString => !IsNumber;

    /// <summary>A string value.</summary>
    /// <param name="value">The text.</param>
    /// <returns>The value.</returns>
    public static NumberOrString FromString(string value)
    {
        global::System.ArgumentNullException.ThrowIfNull(value);
        return new NumberOrString(value, isNumber: false);
    }

    /// <summary>A numeric value.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The value.</returns>
    public static NumberOrString FromNumber(long value) => new(value.ToString(global::System.Globalization.CultureInfo.InvariantCulture), isNumber: true);

    /// <summary>A numeric value.</summary>
    /// <param name="value">The number; must be finite.</param>
    /// <returns>The value.</returns>
    public static NumberOrString FromNumber(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new global::System.ArgumentOutOfRangeException(nameof(value), "JSON numbers must be finite.");
        }

        return new NumberOrString(value.ToString("R", global::System.Globalization.CultureInfo.InvariantCulture), isNumber: true);
    }

    /// <summary>Parses the value as a 64-bit integer, whichever JSON kind it arrived as.</summary>
    /// <param name="value">The number when the text is an integer.</param>
    /// <returns>True when the text is an integer.</returns>
    public bool TryGetInt64(out long value) => long.TryParse(ToString(), global::System.Globalization.NumberStyles.Integer, global::System.Globalization.CultureInfo.InvariantCulture, out value);

    /// <summary>Parses the value as a double, whichever JSON kind it arrived as.</summary>
    /// <param name="value">The number when the text is numeric.</param>
    /// <returns>True when the text is a number.</returns>
    public bool TryGetDouble(out double value) => double.TryParse(ToString(), global::System.Globalization.NumberStyles.Float, global::System.Globalization.CultureInfo.InvariantCulture, out value);

    /// <summary>Converts a string.</summary>
    /// <param name="value">The text.</param>
    public static implicit operator NumberOrString(string value) => FromString(value);

    /// <summary>Converts a number.</summary>
    /// <param name="value">The number.</param>
    public static implicit operator NumberOrString(long value) => FromNumber(value);

    /// <summary>Compares by text.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(NumberOrString left, NumberOrString right) => left.Equals(right);

    /// <summary>Compares by text.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(NumberOrString left, NumberOrString right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(NumberOrString other) => string.Equals(ToString(), other.ToString(), global::System.StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is NumberOrString other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => global::System.StringComparer.Ordinal.GetHashCode(ToString());

    /// <summary>The value's text (the number's JSON text, or the string).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => _text ?? string.Empty;

    internal static NumberOrString FromJsonNumber(string text) => new(text, isNumber: true);

    /// <summary>Reads numbers and strings as themselves (public so source-generated contexts can use it).</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public sealed class SpecGenConverter : global::System.Text.Json.Serialization.JsonConverter<NumberOrString>
    {
        /// <inheritdoc />
        public override NumberOrString Read(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Type typeToConvert, global::System.Text.Json.JsonSerializerOptions options)
            => SpecGenJson.ReadNumberOrString(ref reader) ?? throw new global::System.Text.Json.JsonException("Expected a JSON number or string.");

        /// <inheritdoc />
        public override void Write(global::System.Text.Json.Utf8JsonWriter writer, NumberOrString value, global::System.Text.Json.JsonSerializerOptions options)
            => SpecGenJson.WriteNumberOrString(writer, value);
    }
}
