namespace SpecGen.Runtime.Template;

internal static partial class SpecGenHttp
{
    internal static global::System.Net.Http.HttpContent CreateFileContent(FileUpload file)
    {
        var content = new global::System.Net.Http.StreamContent(file.Content);
        content.Headers.ContentType = ParseMediaType(file.ContentType);
        return content;
    }
}
