using SpecGen.SourceGenerator.Model;
using SpecGen.SourceGenerator.Parsing;
using SpecGen.SourceGenerator.Tests.Infrastructure;

namespace SpecGen.SourceGenerator.Tests;

/// <summary>
/// Issue 13: Stripe's unions at scale, on Stripe's own description (tools/peers/specs/stripe.json, API 2020-03-02,
/// MIT). Expandable fields (<c>anyOf: [string id, object]</c>) and polymorphic sources (objects told apart by their
/// <c>object</c> member) are typed; what stays JsonElement is a handful of schemas that document no shape at all.
/// </summary>
public sealed class StripeUnionTests
{
    /// <summary>NSwag 14.7's count of untyped members on the Stripe client of the issue (2022-04 description).</summary>
    private const int NSwagUntypedMembers = 49;

    private static readonly Lazy<ApiSpec> Stripe = new(() =>
    {
        string path = TestFiles.PeerSpecPath("stripe");
        return SpecParser.Parse(new SpecInput(path, File.ReadAllText(path), "Peers.Stripe", "StripeClient", null, null), CancellationToken.None).Api!;
    });

    [Fact]
    public void At_most_as_many_members_stay_untyped_as_NSwag_leaves()
    {
        int untyped = Stripe.Value.Models.SelectMany(m => m.Properties).Count(p => p.Type.Kind == TypeKind.Json);
        int unions = Stripe.Value.Models.Count(m => m.Shape is ModelShape.Family or ModelShape.Choice);

        Assert.InRange(untyped, 0, NSwagUntypedMembers);
        Assert.True(unions >= 10, $"{unions} union classes");
    }

    [Fact]
    public void An_expandable_customer_is_its_id_or_a_customer_or_a_deleted_customer()
    {
        ApiSpec api = Stripe.Value;
        PropertySpec customer = api.Models.Single(m => m.SchemaName == "charge").Properties.Single(p => p.WireName == "customer");

        ModelSpec choice = api.Models.Single(m => m.Name == customer.Type.Name);
        Assert.Equal(ModelShape.Choice, choice.Shape);
        Assert.Equal([JsonShape.String, JsonShape.Object], choice.Variants.Select(v => v.Shape));
        ModelSpec family = api.Models.Single(m => m.Name == choice.Variants[1].Type.Name);
        Assert.Equal(ModelShape.Family, family.Shape);
        Assert.Contains(family.Variants, v => v.MemberName == "DeletedCustomer" && v.Constants.Any(c => c.WireName == "deleted"));
        Assert.Contains(family.Variants, v => v.MemberName == "Customer");
    }
}
