using Usta.Contents;

namespace UstaOrchard.UnitTests.Contents;

/// <summary>Orchard's Liquid Autoroute patterns: the common forms give Orchard's path, others are refused (null).</summary>
public sealed class AutoroutePatternTests
{
    private static Task<string?> Evaluate(string pattern, string? container = "Blog Đồng Nai")
        => AutoroutePattern.EvaluateAsync(pattern, "Đường đến Đồng Nai", () => Task.FromResult(container));

    [Theory]
    [InlineData("{{ ContentItem.DisplayText | slugify }}", "duong-den-dong-nai")]
    [InlineData("{{ Model.ContentItem.DisplayText | slugify }}", "duong-den-dong-nai")]
    [InlineData("{{Model.ContentItem|display_text|slugify}}", "duong-den-dong-nai")]
    [InlineData("{{ ContentItem.Content.TitlePart.Title | slugify }}", "duong-den-dong-nai")]
    [InlineData("tin/{{ ContentItem.DisplayText | slugify }}", "tin/duong-den-dong-nai")]
    [InlineData("{{ Model.ContentItem | container | display_text | slugify }}/{{ Model.ContentItem | display_text | slugify }}", "blog-dong-nai/duong-den-dong-nai")]
    public async Task CommonForms_GiveOrchardsPath(string pattern, string expected)
        => Assert.Equal(expected, await Evaluate(pattern));

    [Theory]
    [InlineData("{{ ContentItem.DisplayText }}")]
    [InlineData("{{ ContentItem.Content.Article.Code.Text | slugify }}")]
    [InlineData("{{ ContentItem.DisplayText | upcase | slugify }}")]
    [InlineData("{% if x %}a{% endif %}")]
    [InlineData("{{ 'now' | date: '%Y' }}/{{ ContentItem.DisplayText | slugify }}")]
    public async Task OtherForms_AreNotUnderstood(string pattern)
        => Assert.Null(await Evaluate(pattern));

    [Fact]
    public async Task ContainerPattern_WithoutAContainer_IsNotUnderstood()
        => Assert.Null(await Evaluate("{{ Model.ContentItem | container | display_text | slugify }}/{{ Model.ContentItem | display_text | slugify }}", container: null));
}
