namespace SpecGen.Core.Markdown;

public enum MdBlockKind
{
    FrontMatter,
    Heading,
    Paragraph,
    Code,
    Quote,
    List,
    Html,
    ThematicBreak,
    Other,
}
