namespace SpecGen.Cli.Fetching;

/// <summary>A fetch that can't succeed, with a one-line reason naming the URL; nothing was written.</summary>
internal sealed class FetchException(string message) : Exception(message);
