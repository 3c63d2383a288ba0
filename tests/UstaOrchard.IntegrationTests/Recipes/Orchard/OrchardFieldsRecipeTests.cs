using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Usta.Contents;
using UstaOrchard.Core.Recipes;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Recipes.Orchard;

/// <summary>A blank site with fields.recipe.json applied: every part and field Orchard writes, on types the recipe defines.</summary>
public sealed class OrchardFieldsFixture : IAsyncLifetime
{
    public OrchardFieldsFixture() => Factory = new(TestDatabase.Sqlite(), services: s => s.AddSingleton<ILoggerProvider>(Autoroute));

    public UstaAppFactory Factory { get; }

    /// <summary>The Autoroute handler's Information lines (the site's own collector keeps warnings only).</summary>
    public InformationLog Autoroute { get; } = new(typeof(AutoroutePartHandler).FullName!);

    public async Task InitializeAsync()
    {
        Factory.CreateClient().Dispose();
        await Factory.InScopeAsync(async sp => await sp.GetRequiredService<RecipeExecutor>()
            .ExecuteAsync(await Recipe.LoadAsync(Paths.Fixture(Path.Combine("orchard", "fields.recipe.json")))));
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}

public sealed class OrchardFieldsRecipeTests(OrchardFieldsFixture site) : IClassFixture<OrchardFieldsFixture>
{
    [Fact]
    public async Task EventPage_ShowsEveryPartAndField_AtThePathItsPatternMakes()
    {
        var (response, page) = await site.Factory.CreateBrowser().GetPageAsync("/hoi-thao-khoa-hoc-dong-nai-2026");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Hội thảo Khoa học Đồng Nai 2026", page.Text("[data-test=content] h1"));
        // Plain text is encoded; the HTML body is sanitised on the way in.
        Assert.Equal("Hội thảo <b>thường niên</b>", page.Text("[data-test=field-Event_Summary] .field-value"));
        Assert.Equal("toàn thể", page.Text("[data-test=body] em"));
        Assert.Empty(page.QuerySelectorAll("[data-test=content] script"));
        Assert.Equal("1.200", page.Text("[data-test=field-Event_Seats] .field-value"));
        Assert.Equal("150.000,50", page.Text("[data-test=field-Event_Fee] .field-value"));
        Assert.Equal("Không", page.Text("[data-test=field-Event_Free] .field-value"));
        Assert.Equal("10-04-2026", page.Text("[data-test=field-Event_Day] .field-value"));
        Assert.Equal("10-04-2026 08:30", page.Text("[data-test=field-Event_Starts] .field-value"));
        var website = page.QuerySelector("[data-test=field-Event_Website] a")!;
        Assert.Equal(("https://example.org/hoi-thao", "Trang hội thảo"), (website.GetAttribute("href"), website.TextContent));
        // A link to an unsafe scheme is not shown at all.
        Assert.Null(page.QuerySelector("[data-test=field-Event_Trap]"));
        Assert.DoesNotContain("javascript:", page.Body!.InnerHtml);
        Assert.Equal(["Hội trường Liên hiệp Hội", "Phòng họp số 2"], page.Texts("[data-test=field-Event_Venue] li"));
        Assert.Equal(["/dia-diem/hoi-truong", "/dia-diem/phong-hop-2"],
            page.QuerySelectorAll("[data-test=field-Event_Venue] a").Select(a => a.GetAttribute("href")));
        var poster = page.QuerySelector("[data-test=field-Event_Poster] img")!;
        Assert.Equal("Áp phích hội thảo", poster.GetAttribute("alt"));
        Assert.Contains("su-kien/ap-phich.png", poster.GetAttribute("src"));
    }

    [Fact]
    public async Task FieldsOfTheWrongShape_AreLeftOut_AndThePageStillShows()
    {
        var (response, page) = await site.Factory.CreateBrowser().GetPageAsync("/su-kien-hong");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Vẫn hiện", page.Text("[data-test=field-Event_Summary] .field-value"));
        Assert.Null(page.QuerySelector("[data-test=field-Event_Seats]"));
        Assert.Null(page.QuerySelector("[data-test=field-Event_Starts]"));
        Assert.Null(page.QuerySelector("[data-test=field-Event_Venue]"));
        Assert.Null(page.QuerySelector("[data-test=field-Event_Poster]"));
    }

    [Fact]
    public async Task PatternNotUnderstood_FallsBackToTheTitlesSlug_AndSaysSoInTheLog()
    {
        var (response, page) = await site.Factory.CreateBrowser().GetPageAsync("/ghi-chu-ve-lich-hop");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("thứ Hai", page.Text("[data-test=field-MarkdownBodyPart] em"));
        var said = Assert.Single(site.Autoroute.Lines, e => e.Message.Contains("4f1e1dsxnote00000000000001"));
        Assert.Equal(LogLevel.Information, said.Level);
        Assert.Contains("notes/{{ ContentItem.Content.Note.Code.Text }}", said.Message);
    }
}

/// <summary>Orchard-only steps are refused by name, and passed over (and recorded) when the operator asks.</summary>
public sealed class OrchardUnsupportedStepsTests(OrchardFieldsFixture site) : IClassFixture<OrchardFieldsFixture>
{
    private Task<RecipeResult> ApplyAsync(string step, bool skip)
        => site.Factory.InScopeAsync(sp => sp.GetRequiredService<RecipeExecutor>().ExecuteAsync(Recipe.Parse($$"""
            { "name": "orchard-only", "steps": [
              { "name": "{{step}}", "Data": [] },
              { "name": "settings", "LayerSettings": { "Zones": [ "Content" ] } }
            ] }
            """), new RecipeOptions { SkipUnknownSteps = skip }));

    [Theory]
    [InlineData("feature")]
    [InlineData("themes")]
    [InlineData("layers")]
    [InlineData("queries")]
    [InlineData("WorkflowType")]
    [InlineData("AdminMenu")]
    [InlineData("Templates")]
    [InlineData("deployment")]
    [InlineData("custom-settings")]
    [InlineData("MediaProfiles")]
    public async Task OrchardOnlyStep_IsRefusedByName_UnlessSkipped(string step)
    {
        var error = Assert.Single((await Assert.ThrowsAsync<RecipeValidationException>(() => ApplyAsync(step, skip: false))).Issues);
        Assert.Equal((1, step), (error.StepIndex, error.StepName));
        Assert.Contains($"'{step}'", error.Message);

        var result = await ApplyAsync(step, skip: true);
        Assert.True(result.Steps[0].Skipped);
        Assert.False(result.Steps[1].Skipped);
        Assert.Contains(result.Journal.Changes, c => c.Subject == RecipeSubjects.Step && c.Kind == RecipeChangeKind.Skipped && c.Key == step);
    }
}
