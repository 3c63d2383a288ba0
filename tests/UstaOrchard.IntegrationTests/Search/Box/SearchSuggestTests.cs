using System.Net;
using System.Text.Json;
using UstaOrchard.Core.Text;
using UstaOrchard.IntegrationTests.Infrastructure;
using Xunit;

namespace UstaOrchard.IntegrationTests.Search.Box;

/// <summary>GET /tim-kiem/goi-y?q=…: published titles starting with what the reader typed, as JSON.</summary>
public sealed class SearchSuggestTests(EditorSiteFixture site) : IClassFixture<EditorSiteFixture>
{
    private sealed record Suggestion(string Title, string Url, string Date);

    [Theory]
    [InlineData("khanh thanh cau {tag}")]
    [InlineData("KHÁNH THÀNH CẦU")]
    [InlineData("Khánh thành c")]
    [InlineData("khanh th")]
    [InlineData("{tag}")]
    [InlineData("{prefix}")]
    public async Task Typed_syllables_find_the_title_accents_and_case_ignored_last_as_prefix(string typed)
    {
        var tag = Tag();
        var title = $"Khánh thành cầu Đồng Nai {tag}";
        await PublishAsync(title, "2031-01-02T03:00:00Z", published: true);

        var suggestions = await SuggestAsync(typed.Replace("{tag}", tag).Replace("{prefix}", tag[..5]));

        var found = Assert.Single(suggestions, s => s.Title == title);
        Assert.StartsWith("/", found.Url);
        Assert.Equal("02-01-2031", found.Date); // the site's local date (UTC+7)
    }

    [Fact]
    public async Task A_syllable_that_is_not_in_the_title_finds_nothing()
    {
        var tag = Tag();
        await PublishAsync($"Khánh thành cầu {tag}", "2031-01-02T03:00:00Z", published: true);
        Assert.Empty(await SuggestAsync($"{tag} nai"));
        Assert.Empty(await SuggestAsync($"khanh cau {tag}x"));
    }

    [Fact]
    public async Task At_most_eight_suggestions_syllables_typed_together_first()
    {
        // The sample has eight "Đồng Nai" titles and "… nhi đồng năm 2021 …"; others match "dong" and "n…" apart.
        await site.Factory.WaitForSearchIndexAsync();
        var suggestions = await SuggestAsync("dong n");
        Assert.Equal(8, suggestions.Count);
        Assert.All(suggestions, s => Assert.Contains("dong n", VietnameseText.Fold(s.Title), StringComparison.Ordinal));
        Assert.Contains(suggestions, s => s.Title.Contains("Đồng Nai", StringComparison.Ordinal));
        Assert.Contains(await SuggestAsync("dong nam"), s => s.Title.Contains("nhi đồng năm", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Drafts_and_unpublished_items_are_never_suggested()
    {
        var tag = Tag();
        await PublishAsync($"Bản nháp chưa đăng {tag}", "2031-01-02T03:00:00Z", published: false);
        Assert.Empty(await SuggestAsync(tag));
    }

    [Fact]
    public async Task The_answer_is_json_with_a_short_public_cache()
    {
        await site.Factory.WaitForSearchIndexAsync();
        var response = await site.Factory.CreateClient().GetAsync("/tim-kiem/goi-y?q=dong");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("max-age=60", response.Headers.CacheControl?.ToString());
        Assert.True(response.Headers.CacheControl?.Public);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var first = json.RootElement.EnumerateArray().First();
        Assert.Equal(["title", "url", "date"], first.EnumerateObject().Select(p => p.Name));
        Assert.Matches(@"^\d{2}-\d{2}-\d{4}$", first.GetProperty("date").GetString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("d")]
    [InlineData("  d  ")]
    [InlineData("((")]
    [InlineData("*** ~~ !!")]
    [InlineData("title:")]
    [InlineData("title:*")]
    [InlineData("đồng nai AND OR NOT xyzq")]
    [InlineData("\"")]
    [InlineData("%00%01")]
    [InlineData("long")]
    public async Task Odd_input_gets_an_empty_list_never_an_error(string typed)
    {
        await site.Factory.WaitForSearchIndexAsync(); // so that an empty list is the answer, not a missing index
        var url = "/tim-kiem/goi-y?q=" + (typed.Contains('%') ? typed : Uri.EscapeDataString(typed.Replace("long", new string('a', 101))));
        var response = await site.Factory.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("[]", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Without_q_the_answer_is_an_empty_list()
    {
        await site.Factory.WaitForSearchIndexAsync();
        var response = await site.Factory.CreateClient().GetAsync("/tim-kiem/goi-y");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("[]", await response.Content.ReadAsStringAsync());
    }

    // A made-up syllable (letters only, so the folded field keeps it whole) no other item has.
    private static string Tag() => "zq" + new string(Guid.NewGuid().ToString("N").Where(char.IsLetter).Take(8).ToArray());

    private async Task PublishAsync(string title, string publishedUtc, bool published)
    {
        var json = JsonSerializer.Serialize(title);
        await site.ApplyAsync($$"""
            { "name": "suggest-test", "steps": [ { "name": "Content", "data": [
              { "ContentItemId": "{{EditorSiteFixture.NewId()}}", "ContentType": "Article", "DisplayText": {{json}}, "Published": {{(published ? "true" : "false")}}, "Latest": true,
                "PublishedUtc": "{{publishedUtc}}", "CreatedUtc": "{{publishedUtc}}", "ModifiedUtc": "{{publishedUtc}}",
                "TitlePart": { "Title": {{json}} }, "AutoroutePart": {},
                "Article": { "Lead": { "Text": "Bài thử gợi ý." } }, "HtmlBodyPart": { "Html": "<p>Nội dung.</p>" } }
            ] } ] }
            """);
        await site.Factory.WaitForSearchIndexAsync();
    }

    private async Task<List<Suggestion>> SuggestAsync(string typed)
    {
        if (typed.Length == 0) return [];
        var response = await site.Factory.CreateClient().GetAsync("/tim-kiem/goi-y?q=" + Uri.EscapeDataString(typed));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonSerializer.Deserialize<List<Suggestion>>(await response.Content.ReadAsStringAsync(), JsonSerializerOptions.Web)!;
    }
}
