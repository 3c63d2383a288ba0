using Usta.Search.Analysis;
using Usta.Search.Box;
using UstaOrchard.Core.Text;
using Xunit;

namespace UstaOrchard.UnitTests.Search;

/// <summary>As-you-type title suggestions over the sample site's content.</summary>
public sealed class TitleSuggestionsTests
{
    private static readonly Lazy<SearchIndexTestBed> Index = new(() => new SearchIndexTestBed([.. SampleContent.Documents]));

    [Theory]
    [InlineData("dong n")]
    [InlineData("ĐỒNG N")]
    [InlineData("pc cov")]
    [InlineData("giao duc ch")]
    [InlineData("ban tin so 4")]
    [InlineData("Khoa học")]
    public void Every_suggestion_holds_the_typed_syllables_the_last_as_a_prefix(string typed)
    {
        var syllables = VietnameseAnalyzer.FoldedSyllables(typed);
        var found = TitleSuggestions.Find(Index.Value.Searcher, typed);
        Assert.NotEmpty(found);
        Assert.True(found.Count <= TitleSuggestions.MaxResults);
        foreach (var suggestion in found)
        {
            var title = VietnameseAnalyzer.FoldedSyllables(suggestion.Title);
            Assert.All(syllables[..^1], s => Assert.Contains(s, title));
            Assert.Contains(title, t => t.StartsWith(syllables[^1], StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("dong n", "dong n")]
    [InlineData("lien hiep h", "lien hiep h")]
    public void Titles_with_the_syllables_side_by_side_come_first(string typed, string together)
    {
        var found = TitleSuggestions.Find(Index.Value.Searcher, typed).Select(s => VietnameseText.Fold(s.Title)).ToList();
        var firstApart = found.FindIndex(t => !t.Contains(together, StringComparison.Ordinal));
        if (firstApart >= 0) Assert.All(found[firstApart..], t => Assert.DoesNotContain(together, t, StringComparison.Ordinal));
    }

    [Fact]
    public void Equal_matches_come_newest_first_and_the_answer_is_stable()
    {
        var first = TitleSuggestions.Find(Index.Value.Searcher, "dong n");
        var again = TitleSuggestions.Find(Index.Value.Searcher, "dong n");
        Assert.Equal(first.Select(s => s.Title), again.Select(s => s.Title));
        Assert.Equal(first.OrderByDescending(s => s.PublishedUtc).Select(s => s.Title), first.Select(s => s.Title));
    }

    [Theory]
    [InlineData("")]
    [InlineData("d")]
    [InlineData("(( ** ~~")]
    [InlineData("title:")]
    public void Nothing_to_look_for_finds_nothing(string typed)
        => Assert.Empty(TitleSuggestions.Find(Index.Value.Searcher, typed));
}
