namespace SpecGen.Diff;

/// <summary>An input document cannot be diffed. The message names the file and is meant for the user as is.</summary>
public sealed class DiffInputException(string message) : Exception(message);
