using System.Net;
using Usta.Search;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Settings;

/// <summary>/Admin/Settings/Search: the search page's section, held to the rule a recipe's SearchSettings meets.</summary>
public sealed class SearchSettingsTests(SettingsSiteFixture site) : IClassFixture<SettingsSiteFixture>
{
    private const string Url = "/Admin/Settings/Search";
    private const string Form = "settings-search-form";

    [Fact]
    public async Task Save_StoresPageSizeAndTypes_AndTheSearchPageUsesThem()
    {
        var admin = await site.AdministratorAsync();
        var page = await admin.GetDocumentAsync(Url);
        Assert.NotNull(page.QuerySelector("#settings-tab-settings-search[aria-current=page]"));
        var values = Browser.FormValues(page, Form, new Dictionary<string, string> { ["Input.PageSize"] = "7" })
            .Where(v => v.Key != "Input.ContentTypes").Append(new("Input.ContentTypes", "Article")).ToList();

        var response = await admin.PostAsync(Url, new FormUrlEncodedContent(values));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = (await site.StoredAsync()).Get<SearchSettings>();
        Assert.Equal(7, stored.PageSize);
        Assert.Equal(["Article"], stored.ContentTypes);
    }

    [Theory]
    [InlineData("Input.PageSize", "51", "PageSize")]
    [InlineData("Input.PageSize", "0", "PageSize")]
    [InlineData("Input.SearchIndex", "KhongCo", "SearchIndex")]
    [InlineData("Input.SearchIndex", "../Search", "SearchIndex")]
    [InlineData("Input.ContentTypes", "Menu<script>", "ContentTypes")]
    public async Task BadValue_IsRefused_AndNothingIsSaved(string name, string value, string field)
    {
        var admin = await site.AdministratorAsync();
        var before = (await site.StoredAsync()).Get<SearchSettings>();

        var (response, _) = await admin.PostFormAsync(Url, Form, new() { [name] = value });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(string.IsNullOrEmpty((await response.ReadDocumentAsync()).FieldError(field)));
        var after = (await site.StoredAsync()).Get<SearchSettings>();
        Assert.Equal((before.PageSize, before.SearchIndex, before.ContentTypes.Count), (after.PageSize, after.SearchIndex, after.ContentTypes.Count));
    }
}
