namespace SpecGen.Runtime.Template;

internal static partial class SpecGenHttp
{
    internal static T ReadEnvelope<T>(SpecGenResponse response, SpecGenJson.ReadFunc<T?> read)
        where T : class
        => ReadJson(response, read)
            ?? throw new SpecGenApiUnexpectedResponseException(response.OperationId + " returned no response envelope (HTTP " + ((int)response.StatusCode).ToString(global::System.Globalization.CultureInfo.InvariantCulture) + ").", response.OperationId, response.StatusCode, RawBody(response), null);

    internal static void EnsureBusinessSuccess<TEnvelope>(SpecGenResponse response, string? code, string? message, TEnvelope envelope, string[] successCodes)
        where TEnvelope : class
    {
        if (code is not null && global::System.Array.IndexOf(successCodes, code) >= 0)
        {
            return;
        }

        string text = code is null
            ? response.OperationId + " returned a response envelope without a business code."
            : response.OperationId + " failed with business code " + Clip(code) + (message is null ? "." : ": " + Clip(message) + ".");
        throw new SpecGenApiBusinessException<TEnvelope>(text, response.OperationId, response.StatusCode, RawBody(response), code, message, envelope);
    }
}
