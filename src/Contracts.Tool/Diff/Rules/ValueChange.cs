namespace Contracts.Tool.Diff.Rules;

/// <summary>
/// A change the schema walker finds in one value, named once. The catalogue makes a rule of it at each place a value
/// lives (request parameter, request property, response property; member changes are property rules only), and the
/// walker reports it by reference, so no rule ID is spelled at a call site. The constructor is private: the values
/// below are all there are.
/// </summary>
internal sealed class ValueChange
{
    private ValueChange(string suffix) => Suffix = suffix;

    /// <summary>The rule ID without its place prefix, such as "maximum-decreased".</summary>
    public string Suffix { get; }

    public override string ToString() => Suffix;

    public static readonly ValueChange TypeChanged = new("type-changed");
    public static readonly ValueChange TypeWidened = new("type-widened");
    public static readonly ValueChange TypeNarrowed = new("type-narrowed");
    public static readonly ValueChange FormatAdded = new("format-added");
    public static readonly ValueChange FormatRemoved = new("format-removed");
    public static readonly ValueChange FormatChanged = new("format-changed");
    public static readonly ValueChange BecameNullable = new("became-nullable");
    public static readonly ValueChange BecameNonNullable = new("became-non-nullable");
    public static readonly ValueChange PatternChanged = new("pattern-changed");
    public static readonly ValueChange PatternAdded = new("pattern-added");
    public static readonly ValueChange PatternRemoved = new("pattern-removed");
    public static readonly ValueChange UniqueItemsAdded = new("unique-items-added");
    public static readonly ValueChange UniqueItemsRemoved = new("unique-items-removed");
    public static readonly ValueChange ExtraMembersForbidden = new("extra-members-forbidden");
    public static readonly ValueChange ExtraMembersAllowed = new("extra-members-allowed");
    public static readonly ValueChange ExclusiveAlternativesAdded = new("exclusive-alternatives-added");
    public static readonly ValueChange ExclusiveAlternativesRemoved = new("exclusive-alternatives-removed");
    public static readonly ValueChange EnumValueAdded = new("enum-value-added");
    public static readonly ValueChange EnumValueRemoved = new("enum-value-removed");
    public static readonly ValueChange EnumAdded = new("enum-added");
    public static readonly ValueChange EnumRemoved = new("enum-removed");
    public static readonly ValueChange ConstAdded = new("const-added");
    public static readonly ValueChange ConstRemoved = new("const-removed");
    public static readonly ValueChange ConstChanged = new("const-changed");
    public static readonly ValueChange DefaultChanged = new("default-changed");
    public static readonly ValueChange DefaultAdded = new("default-added");
    public static readonly ValueChange DefaultRemoved = new("default-removed");
    public static readonly ValueChange AlternativeAdded = new("alternative-added");
    public static readonly ValueChange AlternativeRemoved = new("alternative-removed");
    public static readonly ValueChange DiscriminatorChanged = new("discriminator-changed");
    public static readonly ValueChange DescriptionChanged = new("description-changed");
    public static readonly ValueChange TitleChanged = new("title-changed");
    public static readonly ValueChange EnumDocumentationChanged = new("enum-documentation-changed");

    // Members of an object: property rules only.
    public static readonly ValueChange MemberAddedRequired = new("added-required");
    public static readonly ValueChange MemberAddedOptional = new("added-optional");
    public static readonly ValueChange MemberRemovedRequired = new("removed-required");
    public static readonly ValueChange MemberRemovedOptional = new("removed-optional");
    public static readonly ValueChange MemberBecameRequired = new("became-required");
    public static readonly ValueChange MemberBecameOptional = new("became-optional");
    public static readonly ValueChange MemberOrderChanged = new("order-changed");

    // Limits: each moves four ways.
    public static readonly BoundChanges Maximum = new("maximum");
    public static readonly BoundChanges Minimum = new("minimum");
    public static readonly BoundChanges MaxLength = new("max-length");
    public static readonly BoundChanges MinLength = new("min-length");
    public static readonly BoundChanges MaxItems = new("max-items");
    public static readonly BoundChanges MinItems = new("min-items");

    /// <summary>The four changes of one limit ("maximum-added", "-removed", "-increased", "-decreased").</summary>
    internal sealed class BoundChanges
    {
        public BoundChanges(string name)
        {
            Name = name;
            Added = new ValueChange(name + "-added");
            Removed = new ValueChange(name + "-removed");
            Increased = new ValueChange(name + "-increased");
            Decreased = new ValueChange(name + "-decreased");
        }

        /// <summary>The limit's name in rule IDs and aspects, such as "max-length".</summary>
        public string Name { get; }

        public ValueChange Added { get; }

        public ValueChange Removed { get; }

        public ValueChange Increased { get; }

        public ValueChange Decreased { get; }
    }
}
