namespace SpecGen.Core.Diagnostics;

/// <summary>Every diagnostic code the converter reports, in one place.</summary>
public static class DiagnosticCodes
{
    public const string EmptyInput = "SG0001";
    public const string BinaryInput = "SG0002";
    public const string UnknownDialect = "SG0003";
    public const string NoOperations = "SG0004";
    public const string UnbalancedFence = "SG0005";
    /// <summary>Markdown containers nested over <see cref="Markdown.NestingLimit.MaxDepth"/>, or a parse Markdig gave up on.</summary>
    public const string NestingTooDeep = "SG0006";

    public const string TableWithoutHeader = "SG1001";
    public const string TooManyCells = "SG1002";
    public const string TooFewCells = "SG1003";
    public const string UnknownType = "SG1004";
    public const string UnresolvedReference = "SG1005";
    public const string DepthJump = "SG1006";
    public const string DuplicateProperty = "SG1007";
    public const string PrimitiveWithChildren = "SG1008";
    public const string OrphanBranch = "SG1009";
    public const string EnumWithoutProperty = "SG1010";
    public const string UnknownRequiredWord = "SG1011";
    public const string MissingColumn = "SG1012";
    /// <summary>A type cell over <see cref="Schema.TypeParser.MaxDepth"/> levels or <see cref="Schema.TypeParser.MaxLength"/> characters.</summary>
    public const string TypeTooComplex = "SG1013";
    /// <summary>Field rows nested over <see cref="Schema.SchemaBuilder.MaxRowDepth"/> levels, or a schema or example cut at <see cref="Writing.SpecWriter.MaxJsonDepth"/>.</summary>
    public const string NestedTooDeep = "SG1014";

    public const string InvalidExample = "SG2001";
    public const string DoubleEncodedExample = "SG2002";
    public const string TruncatedOperation = "SG2003";
    public const string MethodMismatch = "SG2004";
    public const string UnknownLocation = "SG2005";
    public const string BodyOnGet = "SG2006";
    public const string PathParameterMismatch = "SG2007";
    public const string MisfiledRequestTable = "SG2008";
    public const string MissingResponse = "SG2009";
    public const string ArrayFromExample = "SG2010";
    public const string CallbackSkipped = "SG2011";
    public const string BodyRowOmitted = "SG2012";
    public const string RawSchemaExample = "SG2013";
    public const string PathParameterFromTemplate = "SG2014";
    public const string EnumTypeFromValues = "SG2015";
    public const string RequiredNotPrinted = "SG2016";
    public const string AmbiguousComposition = "SG2017";
    public const string UnreadableLine = "SG2018";
    public const string ModelFromFields = "SG2019";

    public const string SchemaFromExample = "SG2030";
    /// <summary>A payload's example contradicts its schema (<see cref="Assembly.ExampleCheck"/>); the example is written as <see cref="Writing.SpecWriter.ExampleExtension"/>.</summary>
    public const string ExampleContradictsSchema = "SG2031";

    /// <summary>Two paths with the same template (<c>/a/{x}</c>, <c>/a/{y}</c>): the later is read as the first.</summary>
    public const string PathTemplateClash = "SG2020";
    /// <summary>A response status that is not 100–599, 1XX–5XX or default.</summary>
    public const string InvalidStatus = "SG2021";
    /// <summary>A parameter listed twice with the same name and location.</summary>
    public const string DuplicateParameter = "SG2022";

    public const string DuplicateOperation = "SG3001";
    public const string RenamedSchema = "SG3002";
    public const string DerivedOperationId = "SG3003";
    public const string DuplicateOperationId = "SG3004";
    public const string HeaderBecameSecurity = "SG3005";
    public const string SettingsProblem = "SG3006";
    public const string EnvelopeRecognised = "SG3007";
    public const string EnvelopeWithoutSuccess = "SG3008";
    public const string RetrySafeUnmatched = "SG3009";

    /// <summary>A oneOf/anyOf got a discriminator from the fixed values the doc's model samples show (a reported guess).</summary>
    public const string DiscriminatorInferred = "SG3010";

    /// <summary>A <c>fixedValues</c> entry in the settings names no component of the doc.</summary>
    public const string FixedValuesUnmatched = "SG3011";
}
