using System.Net;
using UstaOrchard.Core.Settings;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Settings;

/// <summary>Two administrators saving different tabs keep each other's change: a save changes only its tab's fields of what is stored.</summary>
public sealed class SettingsConcurrencyTests(SettingsSiteFixture site) : IClassFixture<SettingsSiteFixture>
{
    [Fact]
    public async Task TabsOpenedTogether_SavedInTurn_KeepBothChanges()
    {
        var first = await site.AdministratorAsync();
        var second = await site.AdministratorAsync();
        var general = await first.GetDocumentAsync("/Admin/Settings");
        var organisation = await second.GetDocumentAsync("/Admin/Settings/Organisation");
        var tag = Guid.NewGuid().ToString("N")[..6];

        var saved = await second.SubmitAsync(organisation, "settings-organisation-form",
            new Dictionary<string, string> { ["Input.Phone"] = "0251 " + tag.Length + "00 " + Random.Shared.Next(100, 999), ["Input.Chief"] = "Chủ tịch " + tag }, "/Admin/Settings/Organisation");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        // The general form still holds what it showed before the organisation changed.
        saved = await first.SubmitAsync(general, "settings-general-form", new Dictionary<string, string> { ["Input.SiteName"] = "Trang " + tag }, "/Admin/Settings");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var stored = await site.StoredAsync();
        Assert.Equal("Trang " + tag, stored.SiteName);
        Assert.Equal("Chủ tịch " + tag, stored.Get<OrganisationSettings>().Chief);
    }

    [Fact]
    public async Task TabsSavedAtTheSameTime_KeepBothChanges_AndNeitherFails()
    {
        var first = await site.AdministratorAsync();
        var second = await site.AdministratorAsync();
        for (var round = 0; round < 5; round++)
        {
            var tag = Guid.NewGuid().ToString("N")[..6];
            var general = await first.GetDocumentAsync("/Admin/Settings");
            var organisation = await second.GetDocumentAsync("/Admin/Settings/Organisation");

            var responses = await Task.WhenAll(
                first.SubmitAsync(general, "settings-general-form", new Dictionary<string, string> { ["Input.Description"] = "Mô tả " + tag }, "/Admin/Settings"),
                second.SubmitAsync(organisation, "settings-organisation-form", new Dictionary<string, string> { ["Input.Address"] = "Số " + tag }, "/Admin/Settings/Organisation"));

            Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
            var stored = await site.StoredAsync();
            Assert.Equal("Mô tả " + tag, stored.Description);
            Assert.Equal("Số " + tag, stored.Get<OrganisationSettings>().Address);
        }
    }
}
