using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Localization;
using Usta.Visits;
using UstaOrchard.Core.Localization;

namespace UstaOrchard.UnitTests.Visits;

public class VisitSettingsCheckTests
{
    private static readonly VisitSettingsCheck Check = new(new StringLocalizer<VisitsStartup>(new JsonStringLocalizerFactory()));

    [Theory]
    [InlineData("""{ "Enabled": false }""")]
    [InlineData("""{ "Enabled": true, "InitialTotal": 1234567 }""")]
    [InlineData("{}")]
    public async Task ReadableSections_Pass(string json) => Assert.Null(await Check.CheckAsync(JsonNode.Parse(json), default));

    [Theory]
    [InlineData("""{ "Enabled": "có" }""", "phải là một đối tượng")]
    [InlineData("""[1, 2]""", "phải là một đối tượng")]
    [InlineData("""{ "InitialTotal": -5 }""", "không được là số âm")]
    public async Task UnreadableSections_AreRefusedInVietnamese(string json, string message)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("vi-VN");
        Assert.Contains(message, await Check.CheckAsync(JsonNode.Parse(json), default));
    }
}
