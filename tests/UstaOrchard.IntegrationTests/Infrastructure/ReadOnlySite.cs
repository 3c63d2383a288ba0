namespace UstaOrchard.IntegrationTests.Infrastructure;

/// <summary>
/// One usta-setup site shared by the test classes that only read it (host behaviour, URLs, page
/// structure): a site start is the costly part of such tests, the requests themselves are not.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ReadOnlySite : ICollectionFixture<SiteFixture>
{
    public const string Name = "Read-only site";
}
