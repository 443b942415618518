namespace SpecGen.Core.Tests.Conversion;

/// <summary>The five API folders, for theories over every converted seed.</summary>
public static class SeedApis
{
    public static readonly string[] Names = { "juhebot", "napcat", "maxim", "eyun", "wukongchat" };

    public static TheoryData<string> All() => new(Names);
}
