namespace SpecGen.Core.Tests.Conversion;

/// <summary>The five API folders, for theories over every converted seed.</summary>
public static class SeedApis
{
    public static TheoryData<string> All() => new() { "juhebot", "napcat", "maxim", "eyun", "wukongchat" };
}
